// The A5 handbook. Its page numbers (contents, cross-references, register) depend on where things
// land, so the print document is first laid out on screen as columns of page size and renumbered
// in place with the numbers that layout proposes until they hold (cheap: no PDF is made, and
// only the numbers change, in Node's tree and in the tab: print/renumber.ts). Then it is
// printed (a long one in pieces, chunked-print.ts), and the PDF is read back: when the numbers it
// prints are the numbers measured on it, that one print is final. When they are not (screen and
// print break a line differently now and then), it is renumbered and printed again, until they
// hold. The register, whose numbers depend on all other pages, is then printed once on its own
// and appended. Finally pdf-lib adds what Chromium cannot: running heads and page numbers, page
// labels, clean bookmarks, metadata.
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { BrowserSession } from '../../browser/session.ts';
import type { Book } from '../../model.ts';
import { labels } from '../german.ts';
import type { RenderContext } from '../context.ts';
import { furnitureDocument } from '../print/furniture-document.ts';
import type { Layout, PrintedLayout } from '../print/layout.ts';
import { nextNumbers, pageFurniture } from '../print/page-plan.ts';
import { mentionIndexOf, partNames, printIds } from '../print/print-ids.ts';
import { firstNumbers, printDocument, registerDocument, type PrintDocument } from '../print/print-document.ts';
import { cutCandidates } from '../print/print-chunks.ts';
import { samePrintedNumbers, type PrintNumbers } from '../print/print-numbers.ts';
import { appendTaggedPdf } from './append-tagged.ts';
import { appendOutlineItem, setDestination } from './destinations.ts';
import { setPageLabels, stampFurniture } from './finish-handbook.ts';
import { printChunked } from './chunked-print.ts';
import { loadPdf, savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { printInTurn } from './prints-in-turn.ts';
import { renumberShown } from './renumber-shown.ts';
import { renumber } from '../print/renumber.ts';
import { HandbookTabs } from './handbook-tabs.ts';
import type { PrintTab } from './print-tab.ts';

/** Screen layouts, then prints, before giving up on numbers that keep moving (each moves them less). */
const maxMeasures = 4;
const maxRenders = 4;

export interface Handbook {
  pdf: Uint8Array;
  pageCount: number;
  /** Screen layouts measured, renders of the main document, prints made for them (chunks). */
  measures: number;
  renders: number;
  prints: number;
}

export interface HandbookOptions {
  /** About how many pages Chromium prints at a time (print/print-chunks.ts). */
  pagesPerPrint?: number;
  /** Pages of running heads and page numbers per print. */
  furniturePagesPerPrint?: number;
  /** From how many pages on each kind of work gets fresh tabs (handbook-tabs.ts). */
  freshTabsFromPages?: number;
  /** Tabs printing the pieces at once (each a renderer process of its own). */
  printTabs?: number;
}

/**
 * Chromium prints a 700-page document at ~26 ms a page and a 2,850-page one at ~70 ms a page; in
 * pieces of about a hundred pages every page costs ~20 ms, and a piece more costs ~50 ms.
 */
const defaultPagesPerPrint = 100;

const defaultFurniturePagesPerPrint = 200;

const defaultFreshTabsFromPages = 1000;

/**
 * Chromium prints a piece on one core, and Node reads the last one meanwhile: a second tab
 * printing the next piece at the same time fills the gaps of both cores.
 */
const defaultPrintTabs = 2;

/** The last render of the handbook's main document: its PDF, source, layout and numbers. */
interface FinalRender {
  pdf: PDFDocument;
  document: PrintDocument;
  layout: PrintedLayout;
  /** The numbers it prints. */
  printed: PrintNumbers;
  /** The numbers measured on it: the same, plus the register's. */
  measured: PrintNumbers;
}

export async function renderHandbook(book: Book, session: BrowserSession, printDir: string, context: Pick<RenderContext, 'log' | 'warn'>, options: HandbookOptions = {}): Promise<Handbook> {
  // The measuring tab opens while the first document is built.
  const tabs = new HandbookTabs(session);
  const path = join(printDir, 'handbuch.html');
  let numbers = firstNumbers(book);
  const document = printDocument(book, numbers);
  try {
    let measures = 0;
    /** The screen layout of `document`, when it was measured as it is. */
    let screen: Layout | undefined;
    await context.log.stage('pdf: handbook layout', async () => {
      while (measures < maxMeasures) {
        measures++;
        const tab = await tabs.measuring();
        screen = await tab.measure(path, document.tree);
        const proposed = nextNumbers(document.structure, screen, numbers);
        if (samePrintedNumbers(proposed, numbers)) return;
        numbers = proposed;
        await renumberDocument(tab, document, numbers);
        screen = undefined;
      }
    });
    tabs.fresh = (screen?.pageCount ?? 0) >= (options.freshTabsFromPages ?? defaultFreshTabsFromPages);
    const chunking = {
      printDir,
      candidates: cutCandidates(document.structure),
      pagesPerPrint: options.pagesPerPrint ?? defaultPagesPerPrint,
      pieceTabs: () => tabs.pieces(options.printTabs ?? defaultPrintTabs),
    };
    let prints = 0;
    for (let render = 1; ; render++) {
      if (render > 1) {
        const tab = await tabs.measuring();
        await renumberDocument(tab, document, numbers);
        measures++;
        screen = await tab.measure(path, document.tree);
      }
      const printed = await context.log.stage(`pdf: handbook print ${render}`, async () => printChunked(await tabs.measuring(), document, screen, chunking));
      prints += printed.prints;
      if (printed.chunks > 1) context.log.info(`handbook: printed in ${printed.chunks} pieces`);
      if (!printed.outlineMatched) context.warn('handbook: the bookmarks do not match the headings one to one; their titles were left as Chromium wrote them');
      const { pdf, layout } = printed;
      const measured = nextNumbers(document.structure, layout, numbers);
      const settled = samePrintedNumbers(measured, numbers);
      if (settled || render === maxRenders) {
        if (!settled) context.warn(`handbook: page numbers still moved after ${render} prints; some numbers in the contents may be off by a page`);
        const final: FinalRender = { pdf, document, layout, printed: numbers, measured };
        const furniturePagesPerPrint = options.furniturePagesPerPrint ?? defaultFurniturePagesPerPrint;
        const finished = await context.log.stage('pdf: handbook finish', () => finish(book, final, tabs, printDir, furniturePagesPerPrint, context));
        return { pdf: finished, pageCount: pdf.getPageCount(), measures, renders: render, prints };
      }
      numbers = measured;
    }
  } finally {
    await tabs.closeAll();
  }
}

/** Writes `numbers` into the document, and into the tab when it shows it (else the tab loads it anew to measure it). */
async function renumberDocument(tab: PrintTab, document: PrintDocument, numbers: PrintNumbers): Promise<void> {
  const renumbering = renumber(document.tree, document.structure, numbers);
  if (tab.shows(document.tree)) await renumberShown(tab.page, renumbering);
}

async function finish(book: Book, { pdf, document, layout, printed, measured }: FinalRender, tabs: HandbookTabs, printDir: string, furniturePagesPerPrint: number, { log }: Pick<RenderContext, 'log' | 'warn'>): Promise<Uint8Array> {
  const registerId = printIds.part(partNames.register);
  // The register's links to mentions need destinations: where the first line of each mention is.
  const seen = new Set<number>();
  for (const link of layout.links) {
    const index = mentionIndexOf(link.destination);
    if (index === undefined || seen.has(index)) continue;
    seen.add(index);
    setDestination(pdf, printIds.mentionLink(index), link.page, link.left, link.top);
  }
  const blankBeforeRegister = measured.blankBefore.has(registerId);
  if (blankBeforeRegister) pdf.addPage([pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()]);
  let tab = await tabs.next();
  const registerStart = await log.stage('pdf: handbook register', async () => {
    const printedRegister = await tab.print(join(printDir, 'register.html'), registerDocument(book, measured), { tagged: true });
    // The tab for the running heads opens (and a long book's register tab closes) while Node reads the register.
    const opening = tabs.next();
    opening.catch(() => undefined);
    const registerPdf = await loadPdf(printedRegister);
    const start = appendTaggedPdf(pdf, registerPdf);
    tab = await opening;
    return start;
  });
  setDestination(pdf, registerId, registerStart);
  appendOutlineItem(pdf, labels.register, registerStart);

  const merged: Layout = {
    pageCount: pdf.getPageCount(),
    destinations: new Map([...layout.destinations, [registerId, { page: registerStart, top: 0 }]]),
    links: layout.links,
  };
  // Blank pages: those the last render printed, and the one added before the register.
  const blankBefore = new Set([...printed.blankBefore].filter((id) => id !== registerId));
  if (blankBeforeRegister) blankBefore.add(registerId);
  const furniture = pageFurniture(document.structure, merged, { ...printed, blankBefore });
  await log.stage('pdf: handbook furniture', async () => {
    // In pieces, as the handbook (one print of 2,850 furniture pages takes 32 s, 15 of 200 pages 5 s).
    const pieces = Array.from({ length: Math.ceil(furniture.length / furniturePagesPerPrint) }, (_, piece) => piece * furniturePagesPerPrint);
    const print = (piece: number) => {
      const file = pieces.length === 1 ? 'kolumnen.html' : `kolumnen-${piece + 1}.html`;
      return tab.print(join(printDir, file), furnitureDocument(book.meta, furniture.slice(pieces[piece]!, pieces[piece]! + furniturePagesPerPrint)), { tagged: false });
    };
    await printInTurn(pieces.length, print, (furniturePdf, piece) => stampFurniture(pdf, furniturePdf, furniture.slice(pieces[piece]!, pieces[piece]! + furniturePagesPerPrint), pieces[piece]));
  });
  setPageLabels(pdf, layout.destinations.get(printIds.part(partNames.glossary))?.page);
  setMetadata(pdf, book.meta, { title: book.meta.title, subject: book.meta.description, variant: 'handbuch' });
  return log.stage('pdf: handbook save', () => savePdf(pdf));
}
