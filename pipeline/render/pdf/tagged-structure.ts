// Reading Chromium's tagged PDFs: a structure root with one document element, a flat parent tree
// (which marked content and annotations belong to which element) and name trees (the ID tree of
// the structure, the named destinations). Shared by appending (append-tagged.ts) and cutting
// apart (split-tagged.ts).
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

export function structRoot(doc: PDFDocument): PDFDict {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('Expected a tagged PDF, but it has no structure tree');
  return root;
}

/** The document element: the one child of the structure root. */
export function documentElement(root: PDFDict): { ref: PDFRef; element: PDFDict } {
  let kids = root.get(PDFName.of('K'));
  if (kids instanceof PDFArray && kids.size() === 1) kids = kids.get(0);
  if (!(kids instanceof PDFRef)) throw new Error('Expected one document element in the structure tree');
  return { ref: kids, element: root.context.lookup(kids, PDFDict) };
}

/** The children of a structure element as written: one or many, references or direct objects. */
export function kidsOf(element: PDFDict): PDFObject[] {
  const kids = element.get(PDFName.of('K'));
  return kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
}

/** The flat `/Nums` of a parent tree as [key, value] pairs. */
export function parentTreeNums(root: PDFDict): PDFArray {
  const tree = root.lookup(PDFName.of('ParentTree'), PDFDict);
  if (tree.has(PDFName.of('Kids'))) throw new Error('A parent tree with /Kids is not supported');
  return tree.lookup(PDFName.of('Nums'), PDFArray);
}

export type NameEntry = [text: string, key: PDFString | PDFHexString, value: PDFObject];

/** Every key → value of a name tree, with the key as written (name trees compare bytes). */
export function nameTreeEntries(doc: PDFDocument, node: PDFObject | undefined, into: NameEntry[] = []): NameEntry[] {
  const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
  if (!(dict instanceof PDFDict)) return into;
  const names = dict.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let index = 0; index + 1 < (names?.size() ?? 0); index += 2) {
    const key = names!.lookup(index);
    if (key instanceof PDFString || key instanceof PDFHexString) into.push([key.decodeText(), key, names!.get(index + 1)!]);
  }
  const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let index = 0; index < (kids?.size() ?? 0); index++) nameTreeEntries(doc, kids!.get(index), into);
  return into;
}

/** A one-node name tree of `entries`, sorted by key. */
export function nameTree(doc: PDFDocument, entries: readonly NameEntry[]): PDFRef {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return doc.context.register(doc.context.obj({ Names: doc.context.obj(sorted.flatMap(([, key, value]) => [key, value])) }));
}
