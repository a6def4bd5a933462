// One A4 handout per term. Chromium prints one PDF at a time, and every print has a cost of its
// own, so all handouts are printed in one go as one document and then cut apart, one tagged PDF
// per term. Their footers count pages within each handout, which Chromium's counters over the
// whole print cannot; they are printed afterwards as a small document and drawn onto the pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserSession } from '../../browser/session.ts';
import type { Book } from '../../model.ts';
import type { RenderContext } from '../context.ts';
import { handoutsDocument } from '../print/handout-document.ts';
import { handoutFootersDocument, type FooterNumber } from '../print/handout-footers.ts';
import { cleanOutline, headingTexts, topLevelPages } from './outline.ts';
import { loadPdf, savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { PrintTab } from './print-tab.ts';
import { TaggedPdfParts } from './split-tagged.ts';
import { stampArtifacts } from './stamp-artifacts.ts';

/** Where each handout starts, from the bookmarks of their titles (the print's only top-level ones). */
function firstPages(pdf: Parameters<typeof topLevelPages>[0], handouts: number): number[] {
  const starts = topLevelPages(pdf);
  const ordered = starts[0] === 0 && starts.every((page, index) => page !== undefined && (index === 0 || page > starts[index - 1]!));
  if (starts.length !== handouts || !ordered) {
    throw new Error(`The handouts' print has ${starts.length} top-level bookmarks in an order that does not match its ${handouts} handouts`);
  }
  return starts as number[];
}

/** Writes `<targetDir>/<slug>.pdf` for every entry; returns the paths. */
export async function renderHandouts(book: Book, session: BrowserSession, printDir: string, targetDir: string, context: RenderContext): Promise<string[]> {
  await mkdir(targetDir, { recursive: true });
  if (book.entries.length === 0) return [];
  const { tree, sheets } = handoutsDocument(book);
  const tab = new PrintTab(await session.newPage());
  try {
    const printed = await context.log.stage('pdf: handouts print', async () => loadPdf(await tab.print(join(printDir, 'blaetter.html'), tree, { tagged: true })));
    const starts = firstPages(printed, book.entries.length);
    const ranges = starts.map((first, index) => ({ first, count: (starts[index + 1] ?? printed.getPageCount()) - first }));

    // One footer page per distinct "Seite x von y", used by every handout page with that footer.
    const footers: FooterNumber[] = [];
    const footerIndex = new Map<string, number>();
    for (const { count } of ranges) {
      for (let page = 1; page <= count; page++) {
        if (!footerIndex.has(`${page}/${count}`)) footerIndex.set(`${page}/${count}`, footers.push({ page, pages: count }) - 1);
      }
    }
    const footersPdf = await context.log.stage('pdf: handouts footers', async () => loadPdf(await tab.print(join(printDir, 'blaetter-fusszeilen.html'), handoutFootersDocument(book.meta, footers), { tagged: false })));

    return await context.log.stage('pdf: handouts split', async () => {
    const parts = new TaggedPdfParts(printed, ranges);
    const written: string[] = [];
    for (const [index, entry] of book.entries.entries()) {
      const { count } = ranges[index]!;
      const pdf = await parts.part(index);
      if (!cleanOutline(pdf, headingTexts(sheets[index]!))) context.warn(`handout ${entry.slug}: the bookmarks do not match the headings one to one; their titles were left as Chromium wrote them`);
      await stampArtifacts(pdf, footersPdf, Array.from({ length: count }, (_, page) => footerIndex.get(`${page + 1}/${count}`)));
      setMetadata(pdf, book.meta, { title: `${entry.title} – ${book.meta.title}`, subject: `Handzettel zum Begriff „${entry.title}“ aus dem ${book.meta.title}`, variant: `blatt-${entry.slug}` });
      const target = join(targetDir, `${entry.slug}.pdf`);
      await writeFile(target, await savePdf(pdf));
      written.push(target);
    }
    return written;
    });
  } finally {
    await tab.close();
  }
}
