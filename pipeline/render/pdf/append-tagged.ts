// Appends the pages of one tagged PDF to another and keeps both tagged: the pages' structure
// elements become children of the target's document element, the entries of the source's parent
// tree (which marked content and annotations belong to which element) move over with their keys
// shifted past the target's, and so do the entries of its ID tree. Written for Chromium's tagged
// PDFs: a structure root with one document element and a flat parent tree.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { lastStructureId, renumberStructureIds } from './structure-ids.ts';
import { documentElement, kidsOf, nameTree, nameTreeEntries, parentTreeNums, structRoot, type NameEntry } from './tagged-structure.ts';

/**
 * Joins the source's ID tree (element ids, e.g. of table cells) after the target's entries. The
 * source's ids were renumbered past the target's first (Chromium numbers them per renderer
 * process, so two PDFs can bring the same), so none clash and the tree stays in order.
 */
function mergeIdTrees(target: PDFDocument, targetRoot: PDFDict, targetIds: readonly NameEntry[], source: PDFDocument, sourceRoot: PDFDict, copier: PDFObjectCopier): void {
  const added = nameTreeEntries(source, sourceRoot.get(PDFName.of('IDTree')));
  if (added.length === 0) return;
  targetRoot.set(PDFName.of('IDTree'), nameTree(target, [...targetIds, ...added.map(([text, key, value]): NameEntry => [text, key, copier.copy(value)])]));
}

function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.get(PDFName.of(key));
  if (value instanceof PDFNumber) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset));
}

/**
 * Appends every page of `source` to `target`; returns the index of the first appended page.
 * `copier` is for callers that carry more of `source` over afterwards (destinations, bookmarks):
 * the same copier maps them onto the pages and elements already copied.
 */
export function appendTaggedPdf(target: PDFDocument, source: PDFDocument, copier = PDFObjectCopier.for(source.context, target.context)): number {
  const targetRoot = structRoot(target);
  const sourceRoot = structRoot(source);
  const targetIds = nameTreeEntries(target, targetRoot.get(PDFName.of('IDTree')));
  renumberStructureIds(source, lastStructureId(targetIds.map(([text]) => text)));
  const targetDocument = documentElement(targetRoot);
  const sourceDocument = documentElement(sourceRoot);
  const offset = targetRoot.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
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
  const kidRefs = kidsOf(sourceDocument.element);
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
  mergeIdTrees(target, targetRoot, targetIds, source, sourceRoot, copier);
  const sourceNext = sourceRoot.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
  targetRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(Math.max(nextKey, offset + sourceNext)));
  return first;
}
