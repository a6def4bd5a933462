import { describe, expect, it } from 'vitest';
import type { Destination, Layout } from '../../pipeline/render/print/layout.ts';
import { nextNumbers, pageFurniture, pageLabel } from '../../pipeline/render/print/page-plan.ts';
import { guessedNumbers, samePrintedNumbers } from '../../pipeline/render/print/print-numbers.ts';
import type { PrintStructure } from '../../pipeline/render/print/print-structure.ts';
import { toRoman } from '../../pipeline/render/print/roman.ts';

const structure: PrintStructure = {
  titlePages: ['cover', 'blank', 'title', 'imprint'],
  parts: [
    { id: 'teil-inhalt', title: 'Inhalt', dictionary: false, startsArabic: false },
    { id: 'seite-vorwort', title: 'Vorwort', dictionary: false, startsArabic: false },
    { id: 'teil-glossar', title: 'Glossar A–Z', dictionary: true, startsArabic: true },
    { id: 'teil-register', title: 'Register', dictionary: false, startsArabic: false, appended: true },
  ],
  entries: [
    { slug: 'a', id: 'begriff-a', title: 'Anerkennung' },
    { slug: 'b', id: 'begriff-b', title: 'Bildung' },
    { slug: 'c', id: 'begriff-c', title: 'Chor' },
  ],
  letters: ['buchstabe-a', 'buchstabe-b', 'buchstabe-c'],
  // verweis-0 mentions b, verweis-1 c, verweis-2 a, verweis-3 b
  mentions: ['b', 'c', 'a', 'b'],
};

type Place = [page: number, top: number];

/**
 * The first render: no blank pages yet, so the Vorwort (page 6) and the glossary (page 7) start
 * on left-hand pages. The register is not part of it: it is appended after the last page (10).
 */
function firstLayout(shift: (page: number) => number = (page) => page): Layout {
  const places: Record<string, Place> = {
    'teil-inhalt': [4, 0],
    'seite-vorwort': [5, 0],
    'teil-glossar': [6, 0],
    'buchstabe-a': [6, 40],
    'begriff-a': [6, 70],
    'buchstabe-b': [7, 180],
    'begriff-b': [7, 200],
    'buchstabe-c': [8, 0],
    'begriff-c': [8, 30],
    'ziel-2': [6, 70],
    'ziel-0': [7, 200],
    'ziel-3': [7, 200],
    'ziel-1': [8, 30],
    'teil-register': [9, 300], // the stand-in at the end of the document
  };
  const destinations = new Map<string, Destination>(Object.entries(places).map(([id, [page, top]]) => [id, { page: shift(page), top }]));
  const links: Array<[number, string]> = [
    [6, 'ziel-0'], // in a's text: mentions b
    [7, 'ziel-1'], // in b's text: mentions c
    [7, 'ziel-2'], // in b's text: mentions a, broken over the page
    [8, 'ziel-2'],
    [7, 'ziel-3'], // on b's own page: mentions b
    [4, 'begriff-a'], // contents: not a mention
  ];
  return { pageCount: shift(9) + 1, destinations, links: links.map(([page, destination]) => ({ page: shift(page), destination, left: 50, top: 300 })) };
}

/** Where the first render's pages move once blank pages precede the Vorwort and the glossary. */
const withBlanks = (page: number) => (page >= 6 ? page + 2 : page >= 5 ? page + 1 : page);

describe('page numbers from a measured layout', () => {
  const numbers = nextNumbers(structure, firstLayout(), guessedNumbers([]));

  it('inserts a blank page before each part that would start on a left-hand page', () => {
    expect([...numbers.blankBefore]).toEqual(['seite-vorwort', 'teil-glossar']);
  });

  it('counts the front matter in roman numerals and the glossary from 1, after the blank pages', () => {
    expect(Object.fromEntries(numbers.labels)).toMatchObject({
      'teil-inhalt': 'v',
      'seite-vorwort': 'vii',
      'teil-glossar': '1',
      'begriff-a': '1',
      'begriff-b': '2',
      'begriff-c': '3',
      'teil-register': '5',
      'ziel-0': '2',
    });
  });

  it('lists in the register each entry\'s own page and the pages that mention it, in page order', () => {
    expect(Object.fromEntries(numbers.register)).toEqual({
      a: [{ label: '1', target: 'begriff-a', main: true }, { label: '2', target: 'verweis-2', main: false }],
      b: [{ label: '1', target: 'verweis-0', main: false }, { label: '2', target: 'begriff-b', main: true }],
      c: [{ label: '2', target: 'verweis-1', main: false }, { label: '3', target: 'begriff-c', main: true }],
    });
  });

  it('puts the appended register on the right-hand page after the last one', () => {
    expect(numbers.labels.get('teil-register')).toBe('5');
    expect(numbers.blankBefore.has('teil-register')).toBe(false);
    // One more page: the document ends on page 14 (a right-hand page, after two blank pages).
    const odd = nextNumbers(structure, { ...firstLayout(), pageCount: 11 }, guessedNumbers([]));
    expect(odd.labels.get('teil-register')).toBe('7');
    expect(odd.blankBefore.has('teil-register')).toBe(true);
  });

  it('is settled when the next render lands where it predicted', () => {
    const again = nextNumbers(structure, firstLayout(withBlanks), numbers);
    expect(samePrintedNumbers(again, numbers)).toBe(true);
  });

  it('removes a blank page that would now push a part onto a left-hand page', () => {
    // The contents grew by a page: with its blank page the Vorwort would start on page 8 (left).
    const grown = firstLayout((page) => (page >= 5 ? withBlanks(page) + 1 : page));
    const next = nextNumbers(structure, grown, numbers);
    expect([...next.blankBefore]).toEqual(['teil-glossar']);
    expect(next.labels.get('seite-vorwort')).toBe('vii');
    expect(next.labels.get('begriff-a')).toBe('1');
    expect(samePrintedNumbers(next, numbers)).toBe(false);
  });
});

describe('page furniture', () => {
  const numbers = nextNumbers(structure, firstLayout(), guessedNumbers([]));
  // The final handbook: the blank pages in place, the register appended as page 13.
  const final = firstLayout(withBlanks);
  const pages = pageFurniture(structure, { ...final, pageCount: 13, destinations: new Map([...final.destinations, ['teil-register', { page: 12, top: 0 }]]) }, numbers);

  it('numbers every page but the cover and the blank pages, on alternating sides', () => {
    expect(pages.map((page) => page.folio ?? '-')).toEqual(['-', '-', 'iii', 'iv', 'v', '-', 'vii', '-', '1', '2', '3', '4', '5']);
    expect(pages.map((page) => page.side)).toEqual(pages.map((_, index) => (index % 2 === 0 ? 'recto' : 'verso')));
  });

  it('gives part openers and title pages no running head', () => {
    expect([2, 3, 4, 6, 8, 12].map((page) => pages[page]!.head)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('heads glossary pages with their first and last entry, counting an entry continued from the page before', () => {
    expect(pages[9]!.head).toEqual(['Anerkennung', 'Bildung']);
    // Page 10 opens with the letter C: Bildung does not continue onto it.
    expect(pages[10]!.head).toEqual(['Chor']);
    // Page 11 only continues Chor.
    expect(pages[11]!.head).toEqual(['Chor']);
  });
});

describe('page labels', () => {
  it('writes roman numerals', () => {
    expect([1, 4, 9, 14, 40, 49, 90, 1994].map(toRoman)).toEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'xlix', 'xc', 'mcmxciv']);
  });

  it('switches from roman to arabic where the glossary starts', () => {
    expect([0, 7, 8, 9].map((page) => pageLabel(page, 8))).toEqual(['i', 'viii', '1', '2']);
  });
});

describe('numbers before the first render', () => {
  it('guesses each entry\'s page from the words before it, and makes placeholders as wide as the last page number', () => {
    const numbers = guessedNumbers([
      { id: 'begriff-a', words: 300 },
      { id: 'begriff-b', words: 2000 },
      { id: 'begriff-c', words: 30_000 },
      { id: 'begriff-d', words: 100 },
    ]);
    expect(Object.fromEntries(numbers.labels)).toEqual({ 'begriff-a': '1', 'begriff-b': '2', 'begriff-c': '11', 'begriff-d': '141' });
    expect(numbers.placeholder).toBe('000');
    expect(numbers.blankBefore.size).toBe(0);
  });
});
