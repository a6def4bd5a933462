// From where things landed in one render to the numbers the next render prints: blank pages so
// that every part starts on a right-hand page, page labels (roman front matter, arabic from the
// glossary on), the register's pages; and, once the numbers are final, each page's furniture.
// Pure functions: the layout comes in as data (see layout.ts).
import type { Layout } from './layout.ts';
import { isMentionLink, mentionIndexOf, printIds } from './print-ids.ts';
import type { PrintNumbers, RegisterPage } from './print-numbers.ts';
import type { PrintStructure } from './print-structure.ts';
import { toRoman } from './roman.ts';

/** Headings closer than this (pt) to the top of the content area open the page. */
const atTopTolerance = 3;

export function nextNumbers(structure: PrintStructure, layout: Layout, rendered: PrintNumbers): PrintNumbers {
  const pageOf = (id: string) => layout.destinations.get(id)?.page;
  // Toggle blank pages where a part would start on a left-hand page, and note how later pages move.
  const blankBefore = new Set<string>();
  const shifts: Array<{ from: number; by: number }> = [];
  let shift = 0;
  for (const part of structure.parts) {
    if (part.appended) continue;
    const start = pageOf(part.id);
    if (start === undefined) throw new Error(`The print document lacks the part heading #${part.id}`);
    let hasBlank = rendered.blankBefore.has(part.id);
    if ((start + shift) % 2 === 1) {
      const by = hasBlank ? -1 : 1;
      shifts.push({ from: start, by });
      shift += by;
      hasBlank = !hasBlank;
    }
    if (hasBlank) blankBefore.add(part.id);
  }
  const moved = (page: number) => page + shifts.reduce((sum, { from, by }) => (page >= from ? sum + by : sum), 0);
  const arabicPart = structure.parts.find((part) => part.startsArabic);
  const arabicStart = arabicPart ? moved(pageOf(arabicPart.id)!) : Number.POSITIVE_INFINITY;
  const label = (page: number) => pageLabel(moved(page), arabicStart);

  // Every target a number is printed for; the register's links to mentions print the mentions' pages.
  const labels = new Map<string, string>();
  for (const [id, destination] of layout.destinations) if (!isMentionLink(id)) labels.set(id, label(destination.page));
  // An appended part starts after the last page, on the next right-hand page.
  const appended = structure.parts.find((part) => part.appended);
  if (appended) {
    const end = moved(layout.pageCount);
    if (end % 2 === 1) blankBefore.add(appended.id);
    labels.set(appended.id, pageLabel(end + (end % 2), arabicStart));
  }

  // The first link annotation of each mention tells the page it is on.
  const mentionPage = new Map<number, number>();
  for (const link of layout.links) {
    const index = mentionIndexOf(link.destination);
    if (index !== undefined && !mentionPage.has(index)) mentionPage.set(index, link.page);
  }
  const pages = new Map<string, Array<{ page: number; target: string; main: boolean }>>();
  for (const entry of structure.entries) {
    const page = pageOf(entry.id);
    if (page !== undefined) pages.set(entry.slug, [{ page, target: entry.id, main: true }]);
  }
  for (const [index, page] of [...mentionPage].sort((a, b) => a[1] - b[1] || a[0] - b[0])) {
    const list = pages.get(structure.mentions[index] ?? '');
    if (list && !list.some((item) => item.page === page)) list.push({ page, target: printIds.mentionLink(index), main: false });
  }
  const register = new Map<string, RegisterPage[]>();
  for (const [slug, list] of pages) {
    register.set(slug, list.sort((a, b) => a.page - b.page).map(({ page, target, main }) => ({ label: label(page), target, main })));
  }
  return { labels, register, blankBefore, placeholder: '0'.repeat(String(layout.pageCount).length) };
}

/** Physical page index → printed label: roman before the arabic part, arabic from 1 there. */
export function pageLabel(page: number, arabicStart: number): string {
  return page >= arabicStart ? String(page - arabicStart + 1) : toRoman(page + 1);
}

export interface PageFurniture {
  /** Right-hand pages have odd numbers (the cover is page 1, a right-hand page). */
  side: 'recto' | 'verso';
  /** Printed page number; none on the cover and on blank pages. */
  folio?: string;
  /** Running head: a part's title, or the first and last entry on a glossary page. None on
   *  title pages, part openers and blank pages. */
  head?: readonly string[];
}

/** Page furniture for a render whose numbers are final (blank pages already in place). */
export function pageFurniture(structure: PrintStructure, layout: Layout, numbers: PrintNumbers): PageFurniture[] {
  const pageOf = (id: string) => layout.destinations.get(id)?.page ?? Number.NaN;
  const starts = structure.parts.map((part) => ({ part, page: pageOf(part.id) }));
  const blanks = new Set<number>(structure.titlePages.flatMap((kind, page) => (kind === 'blank' ? [page] : [])));
  for (const { part, page } of starts) if (numbers.blankBefore.has(part.id)) blanks.add(page - 1);
  const arabicPart = starts.find(({ part }) => part.startsArabic);
  const arabicStart = arabicPart?.page ?? Number.POSITIVE_INFINITY;
  const runningHeads = dictionaryHeads(structure, layout);

  return Array.from({ length: layout.pageCount }, (_, page): PageFurniture => {
    const side = page % 2 === 0 ? 'recto' : 'verso';
    if (page === 0 || blanks.has(page)) return { side };
    const folio = pageLabel(page, arabicStart);
    const current = starts.filter((start) => start.page <= page).at(-1);
    if (!current || current.page === page) return { side, folio };
    const head = (current.part.dictionary && runningHeads.get(page)) || [current.part.title];
    return { side, folio, head };
  });
}

/** Glossary pages → first and last entry on the page (one title when it is the same entry). */
function dictionaryHeads(structure: PrintStructure, layout: Layout): Map<number, string[]> {
  const headings = structure.entries
    .map((entry) => ({ entry, at: layout.destinations.get(entry.id) }))
    .filter((item): item is { entry: (typeof item)['entry']; at: NonNullable<(typeof item)['at']> } => item.at !== undefined);
  if (headings.length === 0) return new Map();
  const letterTops = structure.letters.map((id) => layout.destinations.get(id)).filter((at) => at !== undefined);
  const heads = new Map<number, string[]>();
  let continuing: (typeof headings)[number] | undefined;
  // Computed up to the end of the book; only the glossary's pages use them.
  for (let page = headings[0]!.at.page; page < layout.pageCount; page++) {
    const onPage = headings.filter((item) => item.at.page === page);
    const tops = [...onPage.map((item) => item.at.top), ...letterTops.filter((at) => at.page === page).map((at) => at.top)];
    const opensPage = tops.length > 0 && Math.min(...tops) < atTopTolerance;
    const first = opensPage || !continuing ? onPage[0] : continuing;
    const last = onPage.at(-1) ?? continuing;
    if (first && last) heads.set(page, first === last ? [first.entry.title] : [first.entry.title, last.entry.title]);
    if (onPage.length > 0) continuing = onPage.at(-1);
  }
  return heads;
}
