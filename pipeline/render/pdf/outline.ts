// The document outline (bookmarks) of Chromium's PDFs: one item per heading, nested by level,
// each with a destination on its page and (in tagged PDFs) its heading's structure element.
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { visit } from 'unist-util-visit';

/** The items at one level of the outline, from `parent`'s first child on. */
function siblings(parent: PDFDict | undefined): PDFDict[] {
  const items: PDFDict[] = [];
  for (let current = parent?.lookupMaybe(PDFName.of('First'), PDFDict); current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) items.push(current);
  return items;
}

function outlineRoot(doc: PDFDocument): PDFDict | undefined {
  return doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
}

/** The page reference an item points at. */
function destinationPage(item: PDFDict): PDFObject | undefined {
  const destination = item.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
  return destination?.get(0);
}

/** The page index of every top-level item, in outline order (undefined where it has none). */
export function topLevelPages(doc: PDFDocument): Array<number | undefined> {
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
  return siblings(outlineRoot(doc)).map((item) => pageIndex.get(destinationPage(item)?.toString() ?? ''));
}

export interface Heading {
  /** As a reader should see it in the bookmarks. */
  text: string;
  /** 1 for <h1> … 6 for <h6>. */
  level: number;
}

/** Every heading in document order. */
export function headings(tree: Root): Heading[] {
  const found: Heading[] = [];
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName)) found.push({ text: toString(node).replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim(), level: Number(node.tagName[1]) });
  });
  return found;
}

/** The text of every heading in document order, as a reader should see it in the bookmarks. */
export function headingTexts(tree: Root): string[] {
  return headings(tree).map((heading) => heading.text);
}

/**
 * Chromium builds the outline from the headings but drops the space where a heading wraps
 * ("Kommunale Gesamtkonzepte fürKulturelle Bildung"); the titles are replaced by the headings'
 * own texts, matched in document order. Returns false when the outline does not match.
 */
export function cleanOutline(doc: PDFDocument, titles: readonly string[]): boolean {
  const entries = outlineEntries(doc);
  if (entries.length !== titles.length) return false;
  entries.forEach(({ item }, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index]!)));
  return true;
}

/**
 * A bookmark of another document as a new item of `target`: its title, destination or action,
 * structure element and style, each carried over with `copy`; not its links to other items.
 */
export function copyOutlineItem(item: PDFDict, target: PDFDocument, copy: (object: PDFObject) => PDFObject): PDFDict {
  const copied = target.context.obj({ Title: item.get(PDFName.of('Title')) ?? PDFHexString.fromText('') });
  for (const key of ['Dest', 'A', 'SE', 'C', 'F']) {
    const value = item.get(PDFName.of(key));
    if (value !== undefined) copied.set(PDFName.of(key), copy(value));
  }
  return copied;
}

/**
 * Gives `target` an outline made of the top-level items of `source` that point into `pages`,
 * with everything below them. `copy` carries an object over into `target` (destinations name
 * pages, /SE structure elements: both must already have been copied, or they are dragged along).
 */
export function copyOutline(source: PDFDocument, target: PDFDocument, pages: ReadonlySet<string>, copy: (object: PDFObject) => PDFObject): void {
  const chosen = siblings(outlineRoot(source)).filter((item) => pages.has(destinationPage(item)?.toString() ?? ''));
  if (chosen.length === 0) return;
  const rootRef = target.context.nextRef();
  const visible = (item: PDFDict) => Math.max(0, item.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0);
  const build = (items: readonly PDFDict[], parent: PDFRef): PDFRef[] => {
    const refs = items.map(() => target.context.nextRef());
    items.forEach((item, index) => {
      const copied = copyOutlineItem(item, target, copy);
      copied.set(PDFName.of('Parent'), parent);
      const count = item.get(PDFName.of('Count'));
      if (count !== undefined) copied.set(PDFName.of('Count'), count);
      if (index > 0) copied.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index + 1 < refs.length) copied.set(PDFName.of('Next'), refs[index + 1]!);
      const kids = build(siblings(item), refs[index]!);
      if (kids.length > 0) {
        copied.set(PDFName.of('First'), kids[0]!);
        copied.set(PDFName.of('Last'), kids.at(-1)!);
      }
      target.context.assign(refs[index]!, copied);
    });
    return refs;
  };
  const top = build(chosen, rootRef);
  const count = chosen.reduce((sum, item) => sum + 1 + visible(item), 0);
  target.context.assign(rootRef, target.context.obj({ Type: 'Outlines', First: top[0]!, Last: top.at(-1)!, Count: count }));
  target.catalog.set(PDFName.of('Outlines'), rootRef);
}

/** One bookmark: its level (1 = top) and its entries other than the links between items. */
export interface OutlineEntry {
  level: number;
  ref: PDFRef;
  item: PDFDict;
}

/** Every item in document order with its reference and depth (1 = top level). */
export function outlineEntries(doc: PDFDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const walk = (parent: PDFDict | undefined, level: number) => {
    for (let ref = parent?.get(PDFName.of('First')); ref instanceof PDFRef; ) {
      const item = doc.context.lookup(ref, PDFDict);
      entries.push({ level, ref, item });
      walk(item, level + 1);
      ref = item.get(PDFName.of('Next'));
    }
  };
  walk(outlineRoot(doc), 1);
  return entries;
}

/**
 * Makes `entries` (in document order) the outline of `doc`, nested by level as Chromium nests
 * headings: an item belongs under the last item before it of a lower level. Every item is open.
 */
export function setOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) {
    doc.catalog.delete(PDFName.of('Outlines'));
    return;
  }
  interface Node { ref: PDFRef; item: PDFDict; level: number; kids: Node[] }
  const rootRef = doc.catalog.get(PDFName.of('Outlines')) instanceof PDFRef ? (doc.catalog.get(PDFName.of('Outlines')) as PDFRef) : doc.context.nextRef();
  const top: Node[] = [];
  const open: Node[] = [];
  for (const { level, ref, item } of entries) {
    const node: Node = { ref, item, level, kids: [] };
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    (open.at(-1)?.kids ?? top).push(node);
    open.push(node);
  }
  const link = (nodes: readonly Node[], parent: PDFRef): number => {
    let count = 0;
    nodes.forEach((node, index) => {
      for (const key of ['Parent', 'Prev', 'Next', 'First', 'Last', 'Count']) node.item.delete(PDFName.of(key));
      node.item.set(PDFName.of('Parent'), parent);
      if (index > 0) node.item.set(PDFName.of('Prev'), nodes[index - 1]!.ref);
      if (index + 1 < nodes.length) node.item.set(PDFName.of('Next'), nodes[index + 1]!.ref);
      const below = link(node.kids, node.ref);
      if (node.kids.length > 0) {
        node.item.set(PDFName.of('First'), node.kids[0]!.ref);
        node.item.set(PDFName.of('Last'), node.kids.at(-1)!.ref);
        node.item.set(PDFName.of('Count'), PDFNumber.of(below));
      }
      count += 1 + below;
    });
    return count;
  };
  const total = link(top, rootRef);
  doc.context.assign(rootRef, doc.context.obj({ Type: 'Outlines', First: top[0]!.ref, Last: top.at(-1)!.ref, Count: total }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}
