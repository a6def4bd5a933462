// One A4 handout per term. Chromium prints one PDF at a time and every print has a cost of its
// own, so handouts are printed in batches, each batch as one document, and cut apart into one
// tagged PDF per term; while Chromium prints the next batch, Node cuts up the last one. Footers
// count pages within each handout, which Chromium's counters over a whole print cannot: they
// are printed on their own and drawn onto the pages (handout-footer-stamps.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { BrowserSession } from '../../browser/session.ts';
import type { Book, Entry } from '../../model.ts';
import type { RenderContext } from '../context.ts';
import { handoutsDocument, type HandoutsDocument } from '../print/handout-document.ts';
import { HandoutFooterStamps } from './handout-footer-stamps.ts';
import { cleanOutline, headingTexts, topLevelPages } from './outline.ts';
import { loadPdf, savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { printInTurn } from './prints-in-turn.ts';
import { PrintTab } from './print-tab.ts';
import { TaggedPdfParts, type PageRange } from './split-tagged.ts';

/**
 * Handouts per print: enough that the cost of a print is spread thin, few enough that cutting
 * up one batch takes less time than printing the next. (Every handout carries the fonts as
 * Chromium subset them for its whole batch; smaller batches hardly make them smaller.)
 */
export const handoutsPerPrint = 50;

/** Where each handout of a print starts and how long it is, from the bookmarks of their titles (its only top-level ones). */
function handoutRanges(pdf: PDFDocument, handouts: number): PageRange[] {
  const starts = topLevelPages(pdf);
  const ordered = starts[0] === 0 && starts.every((page, index) => page !== undefined && (index === 0 || page > starts[index - 1]!));
  if (starts.length !== handouts || !ordered) {
    throw new Error(`A print of ${handouts} handouts has ${starts.length} top-level bookmarks, or they are out of order`);
  }
  return (starts as number[]).map((first, index) => ({ first, count: (starts[index + 1] ?? pdf.getPageCount()) - first }));
}

interface Batch {
  entries: readonly Entry[];
  document: HandoutsDocument;
  printed: Uint8Array;
}

/** Writes `<targetDir>/<slug>.pdf` for every entry; returns the paths. */
export async function renderHandouts(book: Book, session: BrowserSession, printDir: string, targetDir: string, context: RenderContext): Promise<string[]> {
  await mkdir(targetDir, { recursive: true });
  if (book.entries.length === 0) return [];
  const batches: Array<readonly Entry[]> = [];
  for (let start = 0; start < book.entries.length; start += handoutsPerPrint) batches.push(book.entries.slice(start, start + handoutsPerPrint));
  // The batches share their loaded document (print-tab.ts), in one renderer all along: renewed
  // every 4 batches, 1,702 handouts took 52 s instead of 36-41 s. The footers print in tabs of
  // their own.
  const sheetTab = await PrintTab.open(session);
  const footers = new HandoutFooterStamps(book.meta, () => PrintTab.open(session), printDir);
  const print = async (index: number): Promise<Batch> => {
    const entries = batches[index]!;
    const document = handoutsDocument(book, entries);
    return { entries, document, printed: await sheetTab.print(join(printDir, `blaetter-${index + 1}.html`), document.tree, { tagged: true }) };
  };
  try {
    // The footers' first print runs in a tab of its own while the first batch prints.
    const upFront = footers.printUpFront();
    upFront.catch(() => undefined);
    const written: string[] = [];
    await printInTurn(batches.length, print, async (batch) => {
      await upFront;
      written.push(...(await cutApart(book, batch, await loadPdf(batch.printed), footers, targetDir, context)));
    });
    context.log.info(`handouts: ${book.entries.length} in ${batches.length} print${batches.length === 1 ? '' : 's'}`);
    return written;
  } finally {
    await sheetTab.close();
  }
}

/** Writes one PDF per handout of a printed batch; returns the paths. */
async function cutApart(book: Book, batch: Batch, printed: PDFDocument, footers: HandoutFooterStamps, targetDir: string, context: RenderContext): Promise<string[]> {
  const ranges = handoutRanges(printed, batch.entries.length);
  await footers.prepare(ranges.map((range) => range.count));
  const parts = new TaggedPdfParts(printed, ranges);
  const written: string[] = [];
  for (const [index, entry] of batch.entries.entries()) {
    const pdf = await parts.part(index);
    if (!cleanOutline(pdf, headingTexts(batch.document.sheets[index]!))) {
      context.warn(`handout ${entry.slug}: the bookmarks do not match the headings one to one; their titles were left as Chromium wrote them`);
    }
    await footers.stamp(pdf);
    setMetadata(pdf, book.meta, { title: `${entry.title} – ${book.meta.title}`, subject: `Handzettel zum Begriff „${entry.title}“ aus dem ${book.meta.title}`, variant: `blatt-${entry.slug}` });
    const target = join(targetDir, `${entry.slug}.pdf`);
    await writeFile(target, await savePdf(pdf));
    written.push(target);
  }
  return written;
}
