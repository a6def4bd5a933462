// The contents of a long glossary list only the letters (contents.ts). Their lines may break
// across pages anywhere: a letter without entries has nothing to keep with. (Once every letter
// kept with the next, all of them moved to the next page together and left the first page of the
// contents nearly empty.) Measured on screen, as the handbook's page numbers are (measure-layout.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { loadBook } from '../../pipeline/load/load-book.ts';
import { PrintTab } from '../../pipeline/render/pdf/print-tab.ts';
import { maxEntriesInContents } from '../../pipeline/render/print/contents.ts';
import { firstNumbers, printDocument } from '../../pipeline/render/print/print-document.ts';
import { writePrintAssets } from '../../pipeline/render/print/print-assets.ts';

let dir: string;
/** Per line of the contents: its class and the page it lands on. */
let lines: Array<{ kind: string; page: number }>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossar-contents-'));
  await generateCorpus({ entries: 150, seed: 3, dir: join(dir, 'content') });
  const book = (await loadBook({ contentDir: join(dir, 'content'), drafts: true })).book!;
  expect(book.entries.length).toBeGreaterThan(maxEntriesInContents);
  await writePrintAssets(dir, book);
  await withTestBrowser(dir, async (session) => {
    const tab = await PrintTab.open(session);
    try {
      await tab.measure(join(dir, 'handbuch.html'), printDocument(book, firstNumbers(book)).tree);
      // The measured layout stays on show: pages are columns of the body's width.
      lines = await tab.page.evaluate(() => {
        const box = document.body.getBoundingClientRect();
        return [...document.querySelectorAll('.toc li > a')].map((link) => ({
          kind: link.parentElement!.className,
          page: Math.floor((link.getBoundingClientRect().left - box.left + 0.5) / box.width),
        }));
      });
    } finally {
      await tab.close();
    }
  });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the contents of a long glossary', () => {
  it('list the letters only, and start them on the page of the glossary line', () => {
    const letters = lines.filter((line) => line.kind === 'toc-letter');
    expect(letters.length).toBeGreaterThan(10);
    expect(lines.some((line) => line.kind === 'toc-entry')).toBe(false);
    const glossary = lines.findIndex((line, index) => line.kind === 'toc-part' && lines[index + 1]?.kind === 'toc-letter');
    expect(letters[0]!.page).toBe(lines[glossary]!.page);
  });
});
