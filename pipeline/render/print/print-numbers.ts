// What one render of the print document learned about its own pages, handed to the next render:
// the printed page label of every target, the register's pages, and where blank pages go.
export interface RegisterPage {
  /** Printed page label, e.g. `12`. */
  label: string;
  /** Where the number links to: the entry's heading, or the first link on that page that mentions it. */
  target: string;
  /** The entry's own page (set in bold). */
  main: boolean;
}

export interface PrintNumbers {
  /** Printed page label of every link target, by id (`begriff-inklusion` → `12`, `teil-vorwort` → `v`). */
  labels: ReadonlyMap<string, string>;
  /** Per entry slug, in page order: its own page and the pages that mention it through a link. */
  register: ReadonlyMap<string, readonly RegisterPage[]>;
  /** Parts preceded by a blank page, so that they start on a right-hand page. */
  blankBefore: ReadonlySet<string>;
}

/** Before the first render nothing is known: numbers are placeholders, no blanks are inserted. */
export const unknownNumbers: PrintNumbers = { labels: new Map(), register: new Map(), blankBefore: new Set() };

/** Stands in for a page number that is not known yet; as wide as a two-digit number. */
export const placeholderLabel = '00';

export function sameNumbers(a: PrintNumbers, b: PrintNumbers): boolean {
  return sameEntries(a.labels, b.labels, (x, y) => x === y)
    && sameEntries(a.register, b.register, (x, y) => x.length === y.length && x.every((page, index) => page.label === y[index]!.label && page.target === y[index]!.target))
    && a.blankBefore.size === b.blankBefore.size && [...a.blankBefore].every((part) => b.blankBefore.has(part));
}

function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !same(value, other)) return false;
  }
  return true;
}
