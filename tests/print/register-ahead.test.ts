// The register printed ahead, while the book prints, from the numbers its layout predicts
// (handbook.ts): used only when it is the very document the final numbers make, else printed anew.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { loadBook } from '../../pipeline/load/load-book.ts';
import { createLog } from '../../pipeline/log.ts';
import type { Book } from '../../pipeline/model.ts';
import { printRegisterAhead, registerPdf, renderHandbook } from '../../pipeline/render/pdf/handbook.ts';
import { HandbookTabs } from '../../pipeline/render/pdf/handbook-tabs.ts';
import { lastNumbers } from '../../pipeline/render/pdf/last-numbers.ts';
import { savePdf } from '../../pipeline/render/pdf/pdf-io.ts';
import { writePrintAssets } from '../../pipeline/render/print/print-assets.ts';
import type { PrintNumbers } from '../../pipeline/render/print/print-numbers.ts';
import { withTestBrowser } from '../helpers/test-browser.ts';

let dir: string;
let book: Book;
let measured: PrintNumbers;
const pieces = { register: 100, furniture: 100, lanes: 2 };

beforeAll(async () => {
  vi.stubEnv('GLOSSAR_NO_CACHE', '0');
  dir = await mkdtemp(join(tmpdir(), 'glossar-register-ahead-'));
  await generateCorpus({ entries: 12, seed: 3, dir: join(dir, 'content') });
  book = (await loadBook({ contentDir: join(dir, 'content'), drafts: true })).book!;
  await writePrintAssets(join(dir, 'print'), book);
  // The numbers a real print measured, as the build keeps them for the next build.
  await withTestBrowser(dir, (session) => renderHandbook(book, session, join(dir, 'print'), { log: createLog(() => {}), warn: () => {} }, { numbersOf: join(dir, 'out') }));
  measured = (await lastNumbers(join(dir, 'out')))!;
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the register printed ahead', () => {
  it('is used when the final numbers make the same register, and printed anew when not', async () => {
    expect(measured.register.size).toBeGreaterThan(5);
    await withTestBrowser(dir, async (session) => {
      const tabs = new HandbookTabs(session);
      try {
        const printDir = join(dir, 'print');
        const right = printRegisterAhead(book, measured, tabs, printDir);
        const used = await registerPdf(book, measured, right, tabs, printDir, pieces);
        expect(used).toBe(await right.pdf);

        // Predicted one page off for one entry: that register is not the one to print.
        const [slug, pages] = [...measured.register][0]!;
        const wrongly: PrintNumbers = { ...measured, register: new Map([...measured.register, [slug, pages.map((page) => ({ ...page, label: `${Number(page.label) + 1}` }))]]) };
        const wrong = printRegisterAhead(book, wrongly, tabs, printDir);
        const printedAnew = await registerPdf(book, measured, wrong, tabs, printDir, pieces);
        expect(printedAnew).not.toBe(await wrong.pdf);
        expect(await wrong.pdf).toBeDefined();
        // What was printed anew is the register of the measured numbers: the same bytes as the one
        // printed ahead from them, but for what Chromium stamps with the time of the print (the
        // dates and the file ID derived from them; the handbook gets its own, pdf-metadata.ts).
        const timeless = async (pdf: PDFDocument) => {
          pdf.setCreationDate(new Date(0));
          pdf.setModificationDate(new Date(0));
          pdf.context.trailerInfo.ID = undefined;
          return Buffer.from(await savePdf(pdf));
        };
        expect((await timeless(printedAnew)).equals(await timeless(used))).toBe(true);
      } finally {
        await tabs.closeAll();
      }
    });
  }, 120_000);
});
