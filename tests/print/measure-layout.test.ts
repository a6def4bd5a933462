// The screen layout that proposes the handbook's page numbers (measure-layout.ts) must put things
// on the pages the print puts them on; for the 26-term book it agrees exactly. Measures and prints
// the same print document in one tab and compares where every link target and link landed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { loadBook } from '../../pipeline/load/load-book.ts';
import { loadPdf } from '../../pipeline/render/pdf/pdf-io.ts';
import { PrintTab } from '../../pipeline/render/pdf/print-tab.ts';
import { readLayout } from '../../pipeline/render/pdf/read-layout.ts';
import type { Layout } from '../../pipeline/render/print/layout.ts';
import { mentionIndexOf } from '../../pipeline/render/print/print-ids.ts';
import { firstNumbers, printDocument } from '../../pipeline/render/print/print-document.ts';
import { writePrintAssets } from '../../pipeline/render/print/print-assets.ts';

let dir: string;
let measured: Layout;
let printed: Layout;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossar-measure-'));
  const book = (await loadBook({ contentDir: 'content', drafts: true })).book!;
  await writePrintAssets(dir, book);
  await withTestBrowser(dir, async (session) => {
    const tab = await PrintTab.open(session);
    const document = printDocument(book, firstNumbers(book));
    const path = join(dir, 'handbuch.html');
    measured = await tab.measure(path, document.tree);
    printed = readLayout(await loadPdf(await tab.print(path, document.tree, { tagged: false })));
    await tab.close();
  });
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the screen layout of the print document', () => {
  it('has as many pages as the print', () => {
    expect(printed.pageCount).toBeGreaterThan(20);
    expect(measured.pageCount).toBe(printed.pageCount);
  });

  it('puts every link target on the page the print puts it', () => {
    expect(printed.destinations.size).toBeGreaterThan(100);
    for (const [id, at] of printed.destinations) expect(measured.destinations.get(id)?.page, id).toBe(at.page);
  });

  it('puts every link target at the height the print puts it (running heads depend on it)', () => {
    for (const [id, at] of printed.destinations) expect(Math.abs(measured.destinations.get(id)!.top - at.top), id).toBeLessThan(1);
  });

  it('starts every mention on the page the print starts it (the register lists these pages)', () => {
    const mentionPages = (layout: Layout) => {
      const pages = new Map<number, number>();
      for (const link of layout.links) {
        const index = mentionIndexOf(link.destination);
        if (index !== undefined && !pages.has(index)) pages.set(index, link.page);
      }
      return pages;
    };
    expect(mentionPages(printed).size).toBeGreaterThan(50);
    expect(mentionPages(measured)).toEqual(mentionPages(printed));
  });
});
