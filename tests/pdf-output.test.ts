// Output tests of the print step: builds the real content once with the real CLI, then opens
// the PDFs with poppler and qpdf and checks what a reader, a printer and a screen reader get.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../pipeline/load/load-book.ts';
import type { Book } from '../pipeline/model.ts';
import { formatDate } from '../pipeline/render/german.ts';
import {
  catalog, flattenOutline, fonts, info, linesOf, object, pageSizes, qpdfJson, regionText, resolve, text, paintOperatorsPerPage, textPages,
  type Line, type QpdfJson, type TextPage,
} from './helpers/pdf-inspect.ts';

const mm = 72 / 25.4;
const a5 = { width: 148 * mm, height: 210 * mm };
const a4 = { width: 210 * mm, height: 297 * mm };
const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi'];
const partTitles = ['Inhalt', 'Vorwort', 'Glossar A–Z', 'Nachrichten zu Kultur und Schule', 'Register'];
/** Subset fonts are named like `ABCDEF+SourceSerif4-Regular`. */
const ownFont = (name: string) => /^[A-Z]{6}\+Source(Serif4|Sans3)/.test(name);

let out: string;
let book: Book;
let handbookFile: string;
let bookletFile: string;
let handoutDir: string;
let pages: TextPage[];
let json: QpdfJson;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'glossar-pdf-test-'));
  execFileSync(process.execPath, ['bin/glossar.mjs', 'build', '--only', 'pdf', '--out', out], { stdio: 'pipe' });
  book = (await loadBook({ contentDir: 'content', drafts: true })).book!;
  handbookFile = join(out, 'pdf', `${book.meta.output}.pdf`);
  bookletFile = join(out, 'pdf', `${book.meta.output}-broschuere.pdf`);
  handoutDir = join(out, 'pdf', 'blaetter');
  pages = textPages(handbookFile);
  json = qpdfJson(handbookFile);
});

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

// Page regions: the running head sits in the top margin, the page number in the bottom margin.
const furnitureZone = 20 * mm - 1;
const headOf = (page: TextPage) => page.lines.filter((line) => line.bottom < furnitureZone).map((line) => line.text).join(' ');
const folioOf = (page: TextPage) => page.lines.filter((line) => line.top > page.height - furnitureZone).map((line) => line.text).join(' ');
const bodyLines = (page: TextPage) => page.lines.filter((line) => line.bottom >= furnitureZone && line.top <= page.height - furnitureZone);
/** Headings are set at 11 pt and more; running text at 9.5 pt. */
const isHeading = (line: Line) => line.height >= 15;

/** Heading texts of a page, lines of one wrapped heading joined. */
function headingsOf(page: TextPage): string[] {
  const headings: string[] = [];
  let previous: Line | undefined;
  for (const line of bodyLines(page)) {
    if (isHeading(line) && previous && isHeading(previous) && Math.abs(previous.height - line.height) < 0.5) headings[headings.length - 1] += ` ${line.text}`;
    else if (isHeading(line)) headings.push(line.text);
    previous = line;
  }
  return headings;
}

/** 0-based index of the page whose headings include `title`. */
function headingPage(title: string): number {
  const index = pages.findIndex((page) => headingsOf(page).includes(title));
  if (index < 0) throw new Error(`No page has the heading ${title}`);
  return index;
}

const folioOfHeading = (title: string) => folioOf(pages[headingPage(title)]!);

/** The physical page (0-based) a named destination or a link annotation points at. */
function destinationPage(destination: unknown): number {
  const dests = resolve(json, catalog(json)['/Dests']);
  const array = (typeof destination === 'string' && destination.startsWith('/') ? dests[destination] : destination) as unknown[] | undefined;
  return json.pages.findIndex((page) => page.object === array?.[0]);
}

function linksOn(pageIndex: number): Array<Record<string, unknown>> {
  const annotations = resolve(json, object(json, json.pages[pageIndex]!.object)['/Annots']) as unknown as unknown[] | Record<string, never>;
  return (Array.isArray(annotations) ? annotations : []).map((reference) => resolve(json, reference)).filter((annotation) => annotation['/Subtype'] === '/Link');
}

describe('the A5 handbook', () => {
  it('has A5 pages only, and a sane number of them', () => {
    const sizes = pageSizes(handbookFile);
    expect(sizes.length).toBe(pages.length);
    for (const size of sizes) {
      expect(Math.abs(size.width - a5.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - a5.height)).toBeLessThanOrEqual(1);
    }
    expect(pages.length).toBeGreaterThanOrEqual(book.entries.length);
    expect(pages.length).toBeLessThanOrEqual(3 * book.entries.length + 20);
  });

  it('has its parts in order, each starting on a right-hand page', () => {
    expect(headingsOf(pages[0]!).join(' ')).toContain(book.meta.title);
    const starts = partTitles.map(headingPage);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const start of starts) expect(start % 2, `part on page ${start + 1}`).toBe(0);
  });

  it('has no empty page except the inside of the cover and those that put a part on a right-hand page', () => {
    const starts = new Set(partTitles.map(headingPage));
    pages.forEach((page, index) => {
      if (page.words.length === 0) expect(index === 1 || starts.has(index + 1), `empty page ${index + 1}`).toBe(true);
    });
  });

  it('draws nothing on its empty pages, not even outside the page where no reader shows it', () => {
    // A print from a tab Chromium had painted for the screen carried thousands of pixels of
    // neighbouring pages (text, leaders) into every page (see PageOptions.hidden).
    const operators = paintOperatorsPerPage(handbookFile);
    expect(operators.length).toBe(pages.length);
    const empty = pages.flatMap((page, index) => (page.words.length === 0 ? [index] : []));
    expect(empty).toContain(1);
    for (const index of empty) expect(operators[index] ?? 0, `painting operators on empty page ${index + 1}`).toBe(0);
  });

  it('numbers every page but the cover and blank pages: roman numerals, then arabic from the glossary on', () => {
    const glossary = headingPage('Glossar A–Z');
    expect(folioOf(pages[0]!)).toBe('');
    pages.forEach((page, index) => {
      if (index === 0 || page.words.length === 0) return;
      expect(folioOf(page), `page ${index + 1}`).toBe(index < glossary ? roman[index] : String(index - glossary + 1));
    });
  });

  it('puts page numbers in the outer corner and the inner margin wider than the outer one', () => {
    for (const [index, page] of pages.entries()) {
      const folio = page.lines.find((line) => line.top > page.height - furnitureZone);
      if (!folio) continue;
      const recto = index % 2 === 0;
      if (recto) expect(page.width - folio.words.at(-1)!.xMax).toBeLessThan(20 * mm);
      else expect(folio.words[0]!.xMin).toBeLessThan(20 * mm);
      const left = Math.min(...bodyLines(page).map((line) => line.words[0]!.xMin));
      if (index > 0 && Number.isFinite(left)) expect(left, `left margin of page ${index + 1}`).toBeCloseTo(recto ? 19 * mm : 14 * mm, 0);
    }
  });

  it('keeps all text inside the page, within the side margins', () => {
    for (const [index, page] of pages.entries()) {
      for (const word of page.words) {
        expect(word.xMin, `"${word.text}" on page ${index + 1}`).toBeGreaterThanOrEqual(14 * mm - 1);
        expect(word.xMax, `"${word.text}" on page ${index + 1}`).toBeLessThanOrEqual(page.width - 14 * mm + 1);
        expect(word.yMin).toBeGreaterThanOrEqual(0);
        expect(word.yMax).toBeLessThanOrEqual(page.height);
      }
    }
  });

  it('never ends a page with a heading', () => {
    for (const [index, page] of pages.entries()) {
      const lines = bodyLines(page);
      if (lines.length > 0 && index > 0) expect(isHeading(lines.at(-1)!), `last line of page ${index + 1}: ${lines.at(-1)!.text}`).toBe(false);
    }
  });

  it('lists in the contents the page where each part and entry heading is', () => {
    const from = headingPage('Inhalt');
    const to = headingPage('Vorwort');
    const listed = new Map<string, string>();
    for (const page of pages.slice(from, to)) {
      for (const line of bodyLines(page)) {
        // Title, leader dots (text, see templates/print.css), page number.
        const match = /^(.+?)((?: \.+)+) ([ivxlc]+|\d+)$/.exec(line.text);
        if (match) listed.set(match[1]!, match[3]!);
      }
    }
    const expected = [...partTitles.slice(1), ...book.entries.map((entry) => entry.title)];
    for (const title of expected) expect(listed.get(title), title).toBe(folioOfHeading(title));
  });

  it('lists in the register every term and alias with its own page and the pages that link to it', () => {
    const items = registerItems();
    for (const entry of book.entries) {
      const numbers = items.get(entry.title);
      expect(numbers, entry.title).toBeDefined();
      const own = folioOfHeading(entry.title);
      expect(numbers).toContain(own);
      expect(numbers!.map(Number)).toEqual([...numbers!.map(Number)].sort((a, b) => a - b));
      const headingAt = headingPage(entry.title);
      for (const number of numbers!) {
        if (number === own) continue;
        const page = pages.findIndex((candidate) => folioOf(candidate) === number);
        const linksHere = linksOn(page).some((link) => destinationPage(link['/Dest']) === headingAt);
        expect(linksHere, `${entry.title}: page ${number} links to it`).toBe(true);
      }
      for (const alias of entry.aliases) expect(items.get(`${alias} siehe ${entry.title}`), alias).toEqual(numbers);
    }
    // The glossary links a lot: the register shows more than the entries' own pages.
    expect([...items.values()].filter((numbers) => numbers.length > 1).length).toBeGreaterThan(book.entries.length / 2);
  });

  it('prints after a cross-reference the page of the entry it refers to', () => {
    // Titles longest first, so that "Qualitätstableau Kulturelle Schulentwicklung" is not read as "Schulentwicklung".
    const titles = book.entries.map((entry) => entry.title).sort((a, b) => b.length - a.length);
    const reference = new RegExp(`(?<![\\p{L}-])(${titles.map((title) => title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')}) \\(S\\. (\\w+)\\)`, 'gu');
    let checked = 0;
    for (const page of pages.slice(headingPage('Glossar A–Z'))) {
      for (const match of bodyLines(page).map((line) => line.text).join(' ').matchAll(reference)) {
        expect(match[2], `${match[1]} (S. ${match[2]})`).toBe(folioOfHeading(match[1]!));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('heads glossary pages with the first and last entry on them, and other pages with their part', () => {
    const glossary = headingPage('Glossar A–Z');
    const news = headingPage('Nachrichten zu Kultur und Schule');
    const starts = new Set(partTitles.map(headingPage));
    let continuing = '';
    pages.forEach((page, index) => {
      if (index < headingPage('Inhalt') || page.words.length === 0) return;
      const head = headOf(page);
      const entries = headingsOf(page).filter((heading) => book.entries.some((entry) => entry.title === heading));
      if (starts.has(index)) expect(head, `page ${index + 1} opens a part`).toBe('');
      else if (index > glossary && index < news) {
        const last = entries.at(-1) ?? continuing;
        expect(head.endsWith(last), `page ${index + 1}: "${head}" ends with ${last}`).toBe(true);
        expect([`${entries[0]} – ${last}`, `${continuing} – ${last}`, last]).toContain(head);
      } else if (index > glossary) expect(head).toBe(index < headingPage('Register') ? 'Nachrichten zu Kultur und Schule' : 'Register');
      if (entries.length > 0) continuing = entries.at(-1)!;
    });
  });

  it('has bookmarks for the parts, letters and every entry, with clean titles', () => {
    const outline = flattenOutline(json.outlines);
    const titles = outline.map((item) => item.title);
    // News titles wrap over two or three lines: Chromium's own bookmarks lose the spaces there.
    const news = book.news.map((item) => item.title);
    expect(news.some((title) => title.length > 90)).toBe(true);
    for (const title of [...partTitles, ...book.letters.map((group) => group.letter), ...book.entries.map((entry) => entry.title), ...news]) {
      expect(titles, title).toContain(title);
    }
    for (const title of titles) {
      expect(title).not.toMatch(/\u00AD/);
      expect(title).toBe(title.trim());
    }
    for (const entry of book.entries) {
      const item = outline.find((candidate) => candidate.title === entry.title)!;
      expect(item.depth).toBe(2);
      expect(item.page).toBe(headingPage(entry.title) + 1);
    }
  });

  it('is a tagged PDF in German with its title shown and the metadata set', () => {
    const root = catalog(json);
    expect(root['/StructTreeRoot']).toBeDefined();
    expect(text(root['/Lang'])).toBe('de');
    expect(resolve(json, root['/MarkInfo'])['/Marked']).toBe(true);
    expect(resolve(json, root['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    expect(root['/Metadata']).toBeDefined();
    const fields = info(json);
    expect(text(fields['/Title'])).toBe(book.meta.title);
    expect(text(fields['/Author'])).toBe(book.meta.publisher);
    expect(text(fields['/Subject'])).toBe(book.meta.description);
    expect(text(fields['/Keywords'])).toContain(book.meta.keywords[0]);
    expect(text(fields['/Creator'])).toBe('glossar-handbuch');
    expect(text(fields['/CreationDate'])).toMatch(new RegExp(`^D:${book.meta.edition.replaceAll('-', '')}`));
    expect(json.pagelabels.map((range) => range.label['/S'])).toEqual(['/r', '/D']);
  });

  it('has every page with content in the structure tree, the appended register too', () => {
    const root = resolve(json, catalog(json)['/StructTreeRoot']);
    const nums = resolve(json, root['/ParentTree'])['/Nums'] as unknown[];
    const keys = nums.filter((_, index) => index % 2 === 0) as number[];
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
    expect(root['/ParentTreeNextKey']).toBeGreaterThan(Math.max(...keys));
    // Marked content and link annotations find their structure element through the parent tree.
    pages.forEach((page, index) => {
      const key = object(json, json.pages[index]!.object)['/StructParents'];
      if (page.words.length > 0) expect(keys, `page ${index + 1}`).toContain(key);
      for (const link of linksOn(index)) expect(keys, `link on page ${index + 1}`).toContain(link['/StructParent']);
    });
    const tagged = new Set<string>();
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node === 'string' && node.endsWith(' R')) {
        if (seen.has(node)) return;
        seen.add(node);
      }
      const element = resolve(json, node);
      if (typeof element['/Pg'] === 'string') tagged.add(element['/Pg']);
      const kids = element['/K'];
      for (const kid of Array.isArray(kids) ? kids : [kids]) if (kid && typeof kid === 'object' || typeof kid === 'string') walk(kid);
    };
    walk(root['/K']);
    const registerPages = json.pages.slice(headingPage('Register')).map((page) => page.object);
    for (const page of registerPages) expect(tagged.has(page), `register page ${page}`).toBe(true);
  });

  it('embeds every font, and only the book\'s own (no fallback from the system)', () => {
    const rows = fonts(handbookFile);
    expect(rows.filter((row) => !row.embedded)).toEqual([]);
    expect(rows.filter((row) => !ownFont(row.name))).toEqual([]);
    expect(rows.some((row) => row.name.includes('SourceSerif4'))).toBe(true);
    expect(rows.some((row) => row.name.includes('SourceSans3'))).toBe(true);
  });

  it('gives every internal link a destination that exists', () => {
    const dests = resolve(json, catalog(json)['/Dests']);
    let internal = 0;
    pages.forEach((_, index) => {
      for (const link of linksOn(index)) {
        const action = resolve(json, link['/A']);
        if (action['/S'] === '/URI') continue;
        const destination = link['/Dest'] ?? action['/D'];
        expect(destination, 'link without destination').toBeDefined();
        if (typeof destination === 'string') expect(dests[destination], destination).toBeDefined();
        expect(destinationPage(destination)).toBeGreaterThanOrEqual(0);
        internal++;
      }
    });
    expect(internal).toBeGreaterThan(200);
  });
});

/** Register items: "Name numbers" and "Alias siehe Entry numbers", from both columns of its pages. */
function registerItems(): Map<string, string[]> {
  const items = new Map<string, string[]>();
  const start = headingPage('Register');
  for (const page of pages.slice(start)) {
    const middle = page.width / 2;
    for (const column of [(x: number) => x < middle, (x: number) => x >= middle]) {
      const words = bodyLines(page).flatMap((line) => line.words).filter((word) => column(word.xMin));
      const left = Math.min(...words.map((word) => word.xMin));
      const lines = linesOf(words).filter((line) => !isHeading(line) && !/^[A-ZÄÖÜ]$/.test(line.text) && line.text !== 'Register');
      let current = '';
      const flush = () => {
        const match = /^(.+?) ((?:\d+|[ivxlc]+)(?:, (?:\d+|[ivxlc]+))*)$/.exec(current);
        if (match) items.set(match[1]!, match[2]!.split(', '));
        current = '';
      };
      for (const line of lines) {
        if (line.words[0]!.xMin < left + 1) flush();
        // A name broken at a soft hyphen ends its line with a drawn "-" (the names have no hard hyphens).
        current = !current ? line.text : current.endsWith('-') ? `${current.slice(0, -1)}${line.text}` : `${current} ${line.text}`;
      }
      flush();
    }
  }
  return items;
}

describe('the booklet for office printers', () => {
  it('has A4 landscape sheets, two sides each, enough for every page padded to a multiple of four', () => {
    const sizes = pageSizes(bookletFile);
    expect(sizes.length).toBe(Math.ceil(pages.length / 4) * 2);
    for (const size of sizes) {
      expect(Math.abs(size.width - a4.height)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - a4.width)).toBeLessThanOrEqual(1);
    }
  });

  it('puts the last and the first page on the front of the first sheet, the second and second-to-last on its back', () => {
    const padded = Math.ceil(pages.length / 4) * 4;
    const handbookPage = (number: number) => (number <= pages.length ? regionText(handbookFile, number, { x: 0, y: 0, width: 421, height: 596 }) : '');
    const half = (side: number, slot: 0 | 1) => regionText(bookletFile, side, { x: Math.round(a4.height / 2) * slot, y: 0, width: Math.round(a4.height / 2), height: 596 });
    const normalized = (value: string) => value.replace(/\s+/g, ' ').trim();
    expect(normalized(half(1, 1))).toBe(normalized(handbookPage(1)));
    expect(normalized(half(1, 1))).toContain(book.meta.title.split(' ')[0]);
    expect(normalized(half(1, 0))).toBe(normalized(handbookPage(padded)));
    expect(normalized(half(2, 0))).toBe(normalized(handbookPage(2)));
    expect(normalized(half(2, 1))).toBe(normalized(handbookPage(padded - 1)));
    expect(normalized(half(2, 1)).length).toBeGreaterThan(0);
  });

  it('embeds every font', () => {
    const rows = fonts(bookletFile);
    expect(rows.filter((row) => !row.embedded || !ownFont(row.name))).toEqual([]);
  });
});

describe('the A4 handouts', () => {
  it('exist once per term', async () => {
    const files = (await readdir(handoutDir)).sort();
    expect(files).toEqual(book.entries.map((entry) => `${entry.slug}.pdf`).sort());
  });

  it('are tagged A4 PDFs with the term, its text, see-also, byline and a footer with page x of y', () => {
    for (const entry of book.entries) {
      const file = join(handoutDir, `${entry.slug}.pdf`);
      const sizes = pageSizes(file);
      for (const size of sizes) expect(Math.abs(size.width - a4.width) + Math.abs(size.height - a4.height)).toBeLessThanOrEqual(2);
      const handout = qpdfJson(file);
      expect(catalog(handout)['/StructTreeRoot']).toBeDefined();
      expect(text(catalog(handout)['/Lang'])).toBe('de');
      expect(text(info(handout)['/Title'])).toBe(`${entry.title} – ${book.meta.title}`);
      const handoutPages = textPages(file);
      const all = handoutPages.map((page) => page.lines.map((line) => line.text).join(' ')).join(' ');
      expect(all).toContain(entry.title);
      handoutPages.forEach((page, index) => {
        const footer = page.lines.filter((line) => line.top > page.height - 26 * mm).map((line) => line.text).join(' ');
        expect(footer).toContain(`Seite ${index + 1} von ${handoutPages.length}`);
        expect(footer).toContain(book.meta.publisher);
        expect(footer).toContain(book.meta.title);
      });
      if (entry.see.length > 0) {
        const titles = entry.see.map((slug) => book.entries.find((other) => other.slug === slug)!.title);
        expect(all).toContain(`Siehe auch: ${titles.join(', ')}`);
      }
      if (entry.draft) expect(all).toContain('Entwurf');
      else expect(all).toContain(`${entry.author} · ${formatDate(entry.date!)}`);
    }
  });

  it('embed every font, only the book\'s own', () => {
    for (const entry of book.entries.slice(0, 5)) {
      expect(fonts(join(handoutDir, `${entry.slug}.pdf`)).filter((row) => !row.embedded || !ownFont(row.name))).toEqual([]);
    }
  });
});
