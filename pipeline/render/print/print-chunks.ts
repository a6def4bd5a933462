// The handbook is printed in several documents ("chunks") of about a hundred pages each, not in
// one: Chromium's print time grows faster than the page count (700 pages print at ~26 ms a page,
// 2,850 pages at ~70 ms a page), and so does its memory. A chunk starts where the layout already
// starts a new page: at a part, or at a letter or entry whose heading opens a page. Cut there, the
// pages come out as in one document: the cut element gets the class `print-continues`, which
// drops the top margin an unforced page break would have truncated, and a chunk whose first page
// is a left-hand page gets the body class `turned-pages`, which swaps the mirrored margins
// (templates/print.css); every chunk but the last gets `print-continued`, which keeps a
// multi-column block (the register) from balancing the columns of its last page, which is not
// the last page of that block. The PDFs are joined again in pdf/join-prints.ts, which also joins
// the elements cut open (a letter continued in the next chunk is one structure element again).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { idsOf } from '../link-targets.ts';
import type { Layout } from './layout.ts';
import { linkStubs, linkTargets } from './link-stubs.ts';
import type { PrintStructure } from './print-structure.ts';

export interface PrintChunk {
  tree: Root;
  /** The handbook page the chunk's first page is. */
  firstPage: number;
  /** How many outer elements of the chunk continue the last ones of the chunk before (0: none). */
  continues: number;
  /** The ids defined in the chunk: the named destinations it owns (other linked ids are stand-ins). None: the whole document, which owns all. */
  owns?: ReadonlySet<string>;
}

/** Where a heading counts as opening its page (pt from the top of the content area). */
const pageTop = 0.5;

export interface CutCandidate {
  /** Id of a heading (of a part, letter or entry). */
  id: string;
  /** Whether a forced break puts it on a new page (a part), so that it opens its page whatever its top margin. */
  forced: boolean;
}

/** Where the handbook may be cut: its parts (but the appended register), letters and entries. */
export function cutCandidates(structure: PrintStructure): CutCandidate[] {
  return [
    ...structure.parts.filter((part) => !part.appended).map((part) => ({ id: part.id, forced: true })),
    ...[...structure.letters, ...structure.entries.map((entry) => entry.id)].map((id) => ({ id, forced: false })),
  ];
}

/**
 * The ids to cut the document before: of the candidates those that open a page, at least
 * `pagesPerPrint` pages after the previous cut.
 */
export function chooseCuts(layout: Layout, candidates: readonly CutCandidate[], pagesPerPrint: number): string[] {
  const opening = candidates
    .map(({ id, forced }) => ({ id, forced, at: layout.destinations.get(id) }))
    .filter((item): item is CutCandidate & { at: NonNullable<(typeof item)['at']> } => item.at !== undefined && item.at.page > 0 && (item.forced || item.at.top < pageTop))
    .sort((a, b) => a.at.page - b.at.page);
  const cuts: string[] = [];
  let chunkStart = 0;
  for (const { id, at } of opening) {
    // A cut leaves at least half a chunk behind it, so the last chunk is not a sliver either.
    if (at.page - chunkStart < pagesPerPrint || layout.pageCount - at.page < pagesPerPrint / 2) continue;
    cuts.push(id);
    chunkStart = at.page;
  }
  return cuts;
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const isBlankText = (node: RootContent | ElementContent) => node.type === 'text' && node.value.trim() === '' || node.type === 'comment';

/** The path from `parent` down to the element with `id`: child indexes, or undefined. */
function pathTo(parent: Element, id: string): number[] | undefined {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    if (!isElement(child)) continue;
    if (child.properties.id === id) return [index];
    const below = pathTo(child, id);
    if (below) return [index, ...below];
  }
  return undefined;
}

/** Whether `child` is the first thing in `parent`: what comes before it is blank. */
function opens(parent: Element, index: number): boolean {
  return parent.children.slice(0, index).every(isBlankText);
}

/**
 * Cuts `body` before the element with `id`, or before the outermost element that `id` opens (the
 * entry whose heading it is). Returns what comes before, and what comes from it on, with the
 * elements around the cut on both sides (copies without ids on the right side) and how many.
 */
function cutBefore(body: Element, id: string): { before: Element; after: Element; depth: number } | undefined {
  const path = pathTo(body, id);
  if (!path) return undefined;
  // Climb from the element to the outermost element it opens (never the body's children themselves).
  const chain: Element[] = [body];
  for (const index of path) chain.push(chain.at(-1)!.children[index] as Element);
  let level = path.length;
  while (level > 1 && opens(chain[level - 1]!, path[level - 1]!)) level--;
  const depth = level - 1;
  const split = (node: Element, at: number): { before: Element; after: Element } => {
    const index = path[at]!;
    if (at === depth) {
      const cut = node.children[index] as Element;
      const marked: Element = depth > 0 ? { ...cut, properties: { ...cut.properties, className: [...classList(cut), 'print-continues'] } } : cut;
      return { before: { ...node, children: node.children.slice(0, index) }, after: { ...node, children: [marked, ...node.children.slice(index + 1)] } };
    }
    const inner = split(node.children[index] as Element, at + 1);
    const rest = node.children.slice(index + 1);
    const copy: Element = at === 0 ? node : { ...node, properties: { ...node.properties, id: undefined } };
    return {
      before: { ...node, children: [...node.children.slice(0, index), inner.before] },
      after: { ...copy, children: [inner.after, ...rest] },
    };
  };
  return { ...split(body, 0), depth };
}

function classList(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : String(value).split(/\s+/);
}

/** The print document as one chunk. */
export function wholePrint(tree: Root): PrintChunk {
  return { tree, firstPage: 0, continues: 0 };
}


/**
 * The print document cut before each of `cuts` (ids of elements that open a page, in document
 * order), with the page each piece starts on. Links between pieces get stand-ins (link-stubs.ts).
 */
export function splitPrintDocument(tree: Root, layout: Layout, cuts: readonly string[]): PrintChunk[] {
  const html = tree.children.find(isElement);
  const body = html?.children.find((node): node is Element => isElement(node) && node.tagName === 'body');
  if (!html || !body) throw new Error('The print document has no <body>');
  const pieces: Array<{ body: Element; firstPage: number; continues: number }> = [];
  let rest: Element = body;
  let firstPage = 0;
  let continues = 0;
  for (const id of cuts) {
    const cut = cutBefore(rest, id);
    const page = layout.destinations.get(id)?.page;
    if (!cut || page === undefined) throw new Error(`Cannot cut the print document before #${id}`);
    pieces.push({ body: cut.before, firstPage, continues });
    rest = cut.after;
    firstPage = page;
    continues = cut.depth;
  }
  pieces.push({ body: rest, firstPage, continues });
  if (pieces.length === 1) return [wholePrint(tree)];

  const linkedAnywhere = linkTargets(body);
  return pieces.map((piece, index) => {
    const owns = idsOf(piece.body);
    const linked = linkTargets(piece.body);
    const stubs = [...linked].filter((id) => !owns.has(id));
    // The element a piece starts with gets a destination even when nothing links to it (a line of
    // the register): the joined PDF is checked by where those are (chunked-print.ts).
    const start = index > 0 ? cuts[index - 1] : undefined;
    const linkedElsewhere = [...owns].filter((id) => (linkedAnywhere.has(id) || id === start) && !linked.has(id));
    const className = [
      ...classList(piece.body),
      ...(piece.firstPage % 2 === 1 ? ['turned-pages'] : []),
      ...(index < pieces.length - 1 ? ['print-continued'] : []),
    ];
    const chunkBody: Element = {
      ...piece.body,
      properties: { ...piece.body.properties, className },
      children: [
        ...piece.body.children,
        ...linkStubs(stubs, linkedElsewhere),
      ],
    };
    const chunkHtml: Element = { ...html, children: html.children.map((node) => (node === body ? chunkBody : node)) };
    return { tree: { ...tree, children: tree.children.map((node) => (node === html ? chunkHtml : node)) }, firstPage: piece.firstPage, continues: piece.continues, owns };
  });
}
