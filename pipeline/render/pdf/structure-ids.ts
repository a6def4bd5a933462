// Chromium names the structure elements of a tagged PDF after DOM node ids (`node00000370`), for
// table headers (/ID, /Headers, the /IDTree). Those numbers depend on how many nodes the tab has
// made before, so the same document printed in a reused tab gets other ids. Renumbering them by
// rank keeps their order (the /IDTree stays sorted) and makes the bytes depend on the document only.
// Tabs count apart, each in its own renderer process: PDFs printed in two tabs can use the same
// ids, so a PDF appended to another is renumbered past the other's first (append-tagged.ts).
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const chromiumId = /^node\d+$/;

function idOf(object: PDFObject): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    const text = object.decodeText();
    return chromiumId.test(text) ? text : undefined;
  }
  return undefined;
}

/** Calls `visit` for every string slot in direct dictionaries and arrays below `object`. */
function eachString(object: PDFObject, visit: (id: string, replace: (value: PDFString) => void) => void): void {
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const id = idOf(value);
      if (id) visit(id, (replacement) => object.set(key, replacement));
      else eachString(value, visit);
    }
  } else if (object instanceof PDFArray) {
    for (let index = 0; index < object.size(); index++) {
      const value = object.get(index);
      const id = idOf(value);
      if (id) visit(id, (replacement) => object.set(index, replacement));
      else eachString(value, visit);
    }
  }
}

/** The number of the last id in `ids` (`node00000370` → 370), 0 for none. */
export function lastStructureId(ids: readonly string[]): number {
  return ids.reduce((last, id) => (chromiumId.test(id) ? Math.max(last, Number(id.slice('node'.length))) : last), 0);
}

/** Renames the ids `node00000001` … in their order, or from `after + 1` on. */
export function renumberStructureIds(doc: PDFDocument, after = 0): void {
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  const ids = new Set<string>();
  for (const object of objects) eachString(object, (id) => ids.add(id));
  if (ids.size === 0) return;
  const rank = new Map([...ids].sort().map((id, index) => [id, `node${String(after + index + 1).padStart(8, '0')}`]));
  for (const object of objects) eachString(object, (id, replace) => replace(PDFString.of(rank.get(id)!)));
}

