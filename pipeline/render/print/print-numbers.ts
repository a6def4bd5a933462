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
  /** Stands in for a number not known yet: zeros, as many as the book's page numbers have digits. */
  placeholder: string;
}

/** Words an A5 page of the glossary holds, with headings and lists: for guessing page numbers. */
const wordsPerPage = 230;

/** The pages the entries fill, guessed from their words. */
export function guessedPages(entries: ReadonlyArray<{ words: number }>): number {
  return Math.ceil(entries.reduce((sum, entry) => sum + entry.words, 0) / wordsPerPage);
}

/**
 * Before the first render nothing is known. Each entry gets the page number its position in the
 * glossary suggests: wrong, but mostly with the right number of digits, so that the text around
 * it breaks into lines much as it will with the real number. No blank pages are inserted yet.
 */
export function guessedNumbers(entries: ReadonlyArray<{ id: string; words: number }>): PrintNumbers {
  const labels = new Map<string, string>();
  let before = 0;
  for (const entry of entries) {
    labels.set(entry.id, String(1 + Math.floor(before / wordsPerPage)));
    before += entry.words;
  }
  const pages = Math.max(10, guessedPages(entries));
  return { labels, register: new Map(), blankBefore: new Set(), placeholder: '0'.repeat(String(pages).length) };
}

/**
 * Whether two sets of numbers print the same handbook pages: the same labels, blank pages and
 * placeholders. The register's numbers do not count: the register is printed after the others.
 */
export function samePrintedNumbers(a: PrintNumbers, b: PrintNumbers): boolean {
  return sameEntries(a.labels, b.labels)
    && a.blankBefore.size === b.blankBefore.size && [...a.blankBefore].every((part) => b.blankBefore.has(part))
    && a.placeholder === b.placeholder;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
