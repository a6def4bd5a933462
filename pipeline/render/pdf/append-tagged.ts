// Appends the pages of one tagged PDF to another and keeps both tagged: the pages' structure
// elements become children of the target's document element, the entries of the source's parent
// tree (which marked content and annotations belong to which element) move over with their keys
// shifted past the target's, and so do the entries of its ID tree. Written for Chromium's tagged
// PDFs: a structure root with one document element and a flat parent tree.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

function structRoot(doc: PDFDocument): PDFDict {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('Cannot append to or from a PDF without a structure tree');
  return root;
}

/** The document element: the one child of the structure root. */
function documentElement(root: PDFDict): { ref: PDFRef; element: PDFDict } {
  let kids = root.get(PDFName.of('K'));
  if (kids instanceof PDFArray && kids.size() === 1) kids = kids.get(0);
  if (!(kids instanceof PDFRef)) throw new Error('Expected one document element in the structure tree');
  return { ref: kids, element: root.context.lookup(kids, PDFDict) };
}

/** The flat `/Nums` of a parent tree as [key, value] pairs. */
function parentTreeNums(root: PDFDict): PDFArray {
  const tree = root.lookup(PDFName.of('ParentTree'), PDFDict);
  if (tree.has(PDFName.of('Kids'))) throw new Error('A parent tree with /Kids is not supported');
  return tree.lookup(PDFName.of('Nums'), PDFArray);
}

type NameEntry = [text: string, key: PDFString | PDFHexString, value: PDFObject];

/** Every key → value of a name tree, with the key as written (name trees compare bytes). */
function nameTreeEntries(doc: PDFDocument, node: PDFObject | undefined, into: NameEntry[] = []): NameEntry[] {
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

/** Joins the source's ID tree (element ids, e.g. of table cells) into the target's; the target's entry wins a clash. */
function mergeIdTrees(target: PDFDocument, targetRoot: PDFDict, source: PDFDocument, sourceRoot: PDFDict, copier: PDFObjectCopier): void {
  const added = nameTreeEntries(source, sourceRoot.get(PDFName.of('IDTree')));
  if (added.length === 0) return;
  const entries = new Map(nameTreeEntries(target, targetRoot.get(PDFName.of('IDTree'))).map((entry) => [entry[0], entry]));
  for (const [text, key, value] of added) if (!entries.has(text)) entries.set(text, [text, key, copier.copy(value)]);
  const sorted = [...entries.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = target.context.obj(sorted.flatMap(([, key, value]) => [key, value]));
  targetRoot.set(PDFName.of('IDTree'), target.context.register(target.context.obj({ Names: names })));
}

function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.get(PDFName.of(key));
  if (value instanceof PDFNumber) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset));
}

/** Appends every page of `source` to `target`; returns the index of the first appended page. */
export function appendTaggedPdf(target: PDFDocument, source: PDFDocument): number {
  const targetRoot = structRoot(target);
  const sourceRoot = structRoot(source);
  const targetDocument = documentElement(targetRoot);
  const sourceDocument = documentElement(sourceRoot);
  const offset = targetRoot.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
  const copier = PDFObjectCopier.for(source.context, target.context);
  const first = target.getPageCount();

  // Pages first (by reference, so that the structure's /Pg entries map onto the same copies).
  for (const page of source.getPages()) {
    const ref = copier.copy(page.ref) as PDFRef;
    const leaf = target.context.lookup(ref) as PDFPage['node'];
    shiftKey(leaf, 'StructParents', offset);
    const annotations = leaf.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      const annotation = annotations!.lookup(index);
      if (annotation instanceof PDFDict) shiftKey(annotation, 'StructParent', offset);
    }
    target.addPage(PDFPage.of(leaf, ref, target));
  }

  // The source's top-level elements, cut loose from its document element so that copying them
  // does not drag the source's structure root along.
  const kids = sourceDocument.element.get(PDFName.of('K'));
  const kidRefs: PDFObject[] = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  for (const kid of kidRefs) {
    const element = source.context.lookup(kid);
    if (element instanceof PDFDict) element.delete(PDFName.of('P'));
  }
  // The source's parent tree also points at its elements; nothing else is copied from its root.
  const sourceNums = parentTreeNums(sourceRoot);
  const targetNums = parentTreeNums(targetRoot);
  let nextKey = offset;
  for (let index = 0; index + 1 < sourceNums.size(); index += 2) {
    const key = (sourceNums.get(index) as PDFNumber).asNumber() + offset;
    targetNums.push(PDFNumber.of(key));
    targetNums.push(copier.copy(sourceNums.get(index + 1)!));
    nextKey = Math.max(nextKey, key + 1);
  }
  const targetKids = targetDocument.element.get(PDFName.of('K'));
  const list = targetKids instanceof PDFArray ? targetKids : target.context.obj(targetKids ? [targetKids] : []);
  for (const kid of kidRefs) {
    const copied = copier.copy(kid);
    const element = copied instanceof PDFRef ? target.context.lookup(copied) : copied;
    if (element instanceof PDFDict) element.set(PDFName.of('P'), targetDocument.ref);
    list.push(copied);
  }
  targetDocument.element.set(PDFName.of('K'), list);
  mergeIdTrees(target, targetRoot, source, sourceRoot, copier);
  const sourceNext = sourceRoot.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
  targetRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(Math.max(nextKey, offset + sourceNext)));
  return first;
}
