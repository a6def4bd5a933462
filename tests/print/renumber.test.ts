// Renumbering a built print document in place (print/renumber.ts), and in the tab that shows it
// (pdf/renumber-shown.ts), must give exactly the document built with those numbers from scratch:
// the same HTML in Node, the same DOM in Chromium, and the same screen layout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { loadBook } from '../../pipeline/load/load-book.ts';
import type { Book } from '../../pipeline/model.ts';
import { PrintTab } from '../../pipeline/render/pdf/print-tab.ts';
import { renumberShown } from '../../pipeline/render/pdf/renumber-shown.ts';
import type { Layout } from '../../pipeline/render/print/layout.ts';
import { nextNumbers } from '../../pipeline/render/print/page-plan.ts';
import { firstNumbers, printDocument } from '../../pipeline/render/print/print-document.ts';
import { writePrintAssets } from '../../pipeline/render/print/print-assets.ts';
import type { PrintNumbers } from '../../pipeline/render/print/print-numbers.ts';
import { renumber } from '../../pipeline/render/print/renumber.ts';

let book: Book;
let dir: string;

/** Numbers unlike the first ones in every way that shows: other labels, longer placeholders, blank pages before two parts. */
function otherNumbers(first: PrintNumbers): PrintNumbers {
  const labels = new Map([...first.labels].map(([id, label], index) => [id, String(Number(label) * 7 + index)]));
  return { labels, register: new Map(), blankBefore: new Set(['seite-vorwort', 'teil-nachrichten']), placeholder: '0000' };
}

beforeAll(async () => {
  book = (await loadBook({ contentDir: 'content', drafts: true })).book!;
  dir = await mkdtemp(join(tmpdir(), 'glossar-renumber-'));
  await writePrintAssets(dir, book);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('renumbering a print document', () => {
  it('gives the HTML of the document built with the new numbers, there and back', () => {
    const first = firstNumbers(book);
    const other = otherNumbers(first);
    const document = printDocument(book, first);
    const renumbering = renumber(document.tree, document.structure, other);
    expect(toHtml(document.tree)).toBe(toHtml(printDocument(book, other).tree));
    expect(renumbering.labels.length).toBe(selectAll('.toc-page, .page-ref', document.tree).length);
    expect(renumbering.labels.length).toBeGreaterThan(100);
    expect(renumbering.blankBefore.filter(([, blank]) => blank).map(([id]) => id)).toEqual(['seite-vorwort', 'teil-nachrichten']);
    // And back: blank pages are taken out again.
    renumber(document.tree, document.structure, first);
    expect(toHtml(document.tree)).toBe(toHtml(printDocument(book, first).tree));
  });

  it('gives the tab the DOM and the layout of the document built with the new numbers', async () => {
    await withTestBrowser(dir, async (session) => {
      const tab = await PrintTab.open(session);
      const bodyHtml = () => tab.page.evaluate(() => document.body.outerHTML);
      try {
        const first = firstNumbers(book);
        const document = printDocument(book, first);
        const firstLayout = await tab.measure(join(dir, 'a.html'), document.tree);
        // The numbers the layout proposes, and then some more blank pages: a real second round and a contrived one.
        for (const numbers of [nextNumbers(document.structure, firstLayout, first), otherNumbers(first)]) {
          expect(tab.shows(document.tree)).toBe(true);
          await renumberShown(tab.page, renumber(document.tree, document.structure, numbers));
          const renumbered = { html: await bodyHtml(), layout: await tab.measure(join(dir, 'a.html'), document.tree) };
          const fresh = printDocument(book, numbers);
          const built = { layout: await tab.measure(join(dir, 'b.html'), fresh.tree), html: await bodyHtml() };
          expect(renumbered.html).toBe(built.html);
          expect(sameLayout(renumbered.layout, built.layout)).toBe(true);
          // The renumbered document on show again (swapped in whole) for the next round.
          await tab.measure(join(dir, 'a.html'), document.tree);
        }
      } finally {
        await tab.close();
      }
    });
  }, 120_000);
});

/** The same numbers with other digits, as many of them: `9` → `0`, `12` → `23`; roman ones kept. */
function otherDigits(numbers: PrintNumbers): PrintNumbers {
  const labels = new Map([...numbers.labels].map(([id, label]) => [id, label.replace(/[0-9]/g, (digit) => String((Number(digit) + 1) % 10))]));
  return { ...numbers, labels, placeholder: numbers.placeholder.replace(/0/g, '5') };
}

describe('what a renumbering may move', () => {
  it('moves the layout when a number changes its count of digits or a blank page comes or goes, not when only digits change', () => {
    const first = firstNumbers(book);
    const document = printDocument(book, first);
    expect(renumber(document.tree, document.structure, first).movesLayout).toBe(false);
    expect(renumber(document.tree, document.structure, otherDigits(first)).movesLayout).toBe(false);
    const longer = { ...first, labels: new Map([...first.labels].map(([id, label]) => [id, `${label}0`])) };
    expect(renumber(document.tree, document.structure, longer).movesLayout).toBe(true);
    expect(renumber(document.tree, document.structure, { ...longer, blankBefore: new Set(['teil-nachrichten']) }).movesLayout).toBe(true);
    expect(renumber(document.tree, document.structure, longer).movesLayout).toBe(true); // the blank page goes again
    expect(renumber(document.tree, document.structure, longer).movesLayout).toBe(false);
  });

  it('keeps the screen layout when it does not move it: page numbers are set in tabular figures', async () => {
    await withTestBrowser(dir, async (session) => {
      const tab = await PrintTab.open(session);
      try {
        const first = firstNumbers(book);
        const handbook = printDocument(book, first);
        const numbers = nextNumbers(handbook.structure, await tab.measure(join(dir, 'a.html'), handbook.tree), first);
        await renumberShown(tab.page, renumber(handbook.tree, handbook.structure, numbers));
        const before = await tab.measure(join(dir, 'a.html'), handbook.tree);
        const renumbering = renumber(handbook.tree, handbook.structure, otherDigits(numbers));
        expect(renumbering.movesLayout).toBe(false);
        await renumberShown(tab.page, renumbering);
        expect(sameLayout(await tab.measure(join(dir, 'a.html'), handbook.tree), before)).toBe(true);

        // Why: every digit is as wide as every other, in each kind of page number, where the print
        // stylesheet sets them (the document shown has it).
        const widths = await tab.page.evaluate(async (classes: string[]) => {
          document.body.className = 'handbook';
          document.body.innerHTML = classes.map((name) => [...'0123456789'].map((digit) => `<p><span class="${name}">${digit.repeat(20)}</span></p>`).join('')).join('');
          await document.fonts.ready;
          return classes.map((name) => [...document.querySelectorAll(`.${name}`)].map((span) => span.getBoundingClientRect().width));
        }, ['toc-page', 'page-ref']);
        for (const kind of widths) expect(new Set(kind).size, JSON.stringify(kind)).toBe(1);
      } finally {
        await tab.close();
      }
    });
  }, 120_000);
});

function sameLayout(a: Layout, b: Layout): boolean {
  return a.pageCount === b.pageCount
    && a.destinations.size === b.destinations.size
    && [...a.destinations].every(([id, place]) => b.destinations.get(id)?.page === place.page && Math.abs(b.destinations.get(id)!.top - place.top) < 0.01)
    && JSON.stringify(a.links) === JSON.stringify(b.links);
}
