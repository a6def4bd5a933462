// Chromium names the structure elements of a tagged PDF after DOM node ids (`node00000370`), for
// table headers (/ID, /Headers, the /IDTree). Those numbers depend on how many nodes the tab has
// made before, so the same document printed in a reused tab gets other ids. Renumbering them by
// rank keeps their order (the /IDTree stays sorted) and makes the bytes depend on the document only.
// Tabs count apart, each in its own renderer process: PDFs printed in two tabs can use the same
// ids, so a PDF appended to another is renumbered past the other's first (append-tagged.ts).
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const chromiumId = /^node\d+$/;

/** How an id starts in a hex string: in PDFDocEncoding, or in UTF-16BE after its byte order mark. */
const hexIdPrefixes = ['6e6f6465', 'feff006e006f00640065'];

function idOf(object: PDFObject): string | undefined {
  // Most strings are not ids: their raw form rules them out without decoding them (at 500
  // entries decoding every string of every PDF took most of a second). Chromium writes ids as
  // plain literals, `(node00000370)`; escaped literals and hex strings that may be ids are decoded.
  let text: string;
  if (object instanceof PDFString) {
    const raw = object.asString();
    text = raw.includes('\\') || raw.charCodeAt(0) === 0xfe ? object.decodeText() : raw;
  } else if (object instanceof PDFHexString) {
    const hex = object.asString().toLowerCase();
    if (!hexIdPrefixes.some((prefix) => hex.startsWith(prefix))) return undefined;
    text = object.decodeText();
  } else {
    return undefined;
  }
  return chromiumId.test(text) ? text : undefined;
}

interface IdSlot {
  id: string;
  replace: (value: PDFString) => void;
}

/** Every string slot holding an id in direct dictionaries and arrays below `object`. */
function collectIdSlots(object: PDFObject, slots: IdSlot[]): void {
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const id = idOf(value);
      if (id) slots.push({ id, replace: (replacement) => object.set(key, replacement) });
      else collectIdSlots(value, slots);
    }
  } else if (object instanceof PDFArray) {
    for (let index = 0; index < object.size(); index++) {
      const value = object.get(index);
      const id = idOf(value);
      if (id) slots.push({ id, replace: (replacement) => object.set(index, replacement) });
      else collectIdSlots(value, slots);
    }
  }
}

/** The number of the last id in `ids` (`node00000370` → 370), 0 for none. */
export function lastStructureId(ids: readonly string[]): number {
  return ids.reduce((last, id) => (chromiumId.test(id) ? Math.max(last, Number(id.slice('node'.length))) : last), 0);
}

/** Renames the ids `node00000001` … in their order, or from `after + 1` on. */
export function renumberStructureIds(doc: PDFDocument, after = 0): void {
  const slots: IdSlot[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) collectIdSlots(object, slots);
  if (slots.length === 0) return;
  const ids = [...new Set(slots.map((slot) => slot.id))].sort();
  const rank = new Map(ids.map((id, index) => [id, PDFString.of(`node${String(after + index + 1).padStart(8, '0')}`)]));
  for (const slot of slots) slot.replace(rank.get(slot.id)!);
}
