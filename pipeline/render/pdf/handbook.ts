// The A5 handbook: render the print document, read back where every heading and link landed,
// render again with the page numbers filled in, and repeat until the numbers printed are the
// numbers measured (normally after the second render). Then pdf-lib adds what Chromium cannot:
// running heads and page numbers, page labels, clean bookmarks and the metadata.
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { BrowserSession } from '../../browser/session.ts';
import type { Book } from '../../model.ts';
import type { RenderContext } from '../context.ts';
import { furnitureDocument } from '../print/furniture-document.ts';
import type { Layout } from '../print/layout.ts';
import { nextNumbers, pageFurniture } from '../print/page-plan.ts';
import { partNames, printIds } from '../print/print-ids.ts';
import { firstNumbers, printDocument, type PrintDocument } from '../print/print-document.ts';
import { sameNumbers, type PrintNumbers } from '../print/print-numbers.ts';
import { cleanOutline, headingTexts, setPageLabels, stampFurniture } from './finish-handbook.ts';
import { loadPdf, savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { PrintTab } from './print-tab.ts';
import { readLayout } from './read-layout.ts';

/** Renders before giving up on numbers that keep moving (each render moves them less). */
const maxRenders = 4;

export interface Handbook {
  pdf: Uint8Array;
  pageCount: number;
  renders: number;
}

export async function renderHandbook(book: Book, session: BrowserSession, printDir: string, context: RenderContext): Promise<Handbook> {
  // The tab opens while the first document is built.
  const opening = session.newPage();
  let numbers = firstNumbers(book);
  let document = printDocument(book, numbers);
  const tab = new PrintTab(await opening);
  try {
    const htmlPath = join(printDir, 'handbuch.html');
    for (let render = 1; ; render++) {
      if (render > 1) document = printDocument(book, numbers);
      // The first render only measures; tagging and the outline are left for the ones that may be final.
      const pdf = await context.log.stage(`pdf: handbook render ${render}`, async () => loadPdf(await tab.print(htmlPath, document.tree, { tagged: render > 1 })));
      const layout = readLayout(pdf);
      const measured = nextNumbers(document.structure, layout, numbers);
      const settled = render > 1 && sameNumbers(measured, numbers);
      if (settled || render === maxRenders) {
        if (!settled) context.warn(`handbook: page numbers still moved after ${render} renders; some numbers in the contents or register may be off by a page`);
        const finished = await context.log.stage('pdf: handbook finish', () => finish(book, { pdf, document, layout, numbers }, tab, printDir, context.warn));
        return { pdf: finished, pageCount: layout.pageCount, renders: render };
      }
      numbers = measured;
    }
  } finally {
    await tab.close();
  }
}

/** The last render: its PDF, the document it was printed from, what it measured, the numbers it shows. */
interface FinalRender {
  pdf: PDFDocument;
  document: PrintDocument;
  layout: Layout;
  numbers: PrintNumbers;
}

async function finish(book: Book, { pdf, document, layout, numbers }: FinalRender, tab: PrintTab, printDir: string, warn: (text: string) => void): Promise<Uint8Array> {
  const furniture = pageFurniture(document.structure, layout, numbers);
  const furniturePdf = await tab.print(join(printDir, 'kolumnen.html'), furnitureDocument(book.meta, furniture), { tagged: false });
  await stampFurniture(pdf, furniturePdf, furniture);
  setPageLabels(pdf, layout.destinations.get(printIds.part(partNames.glossary))?.page);
  if (!cleanOutline(pdf, headingTexts(document.tree))) warn('handbook: the bookmarks do not match the headings one to one; their titles were left as Chromium wrote them');
  setMetadata(pdf, book.meta, { title: book.meta.title, subject: book.meta.description, variant: 'handbuch' });
  return savePdf(pdf);
}
