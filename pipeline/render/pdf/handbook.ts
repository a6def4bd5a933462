// The A5 handbook. Its page numbers (contents, cross-references, register) depend on where things
// land, so the print document is first laid out on screen as columns of page size and renumbered
// in place with the numbers that layout proposes until they hold (cheap: no PDF is made, and
// only the numbers change, in Node's tree and in the tab: print/renumber.ts). Then it is
// printed (a long one in pieces, chunked-print.ts), and the PDF is read back: when the numbers it
// prints are the numbers measured on it, that one print is final. When they are not (screen and
// print break a line differently now and then), it is renumbered and printed again, until they
// hold. The register, whose numbers depend on all other pages, is then printed on its own (a
// long one in pieces too) and appended. Finally pdf-lib adds what Chromium cannot: running heads
// and page numbers, page labels, clean bookmarks, metadata.
import { join } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
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
import { printChunked, type ChunkOptions } from './chunked-print.ts';
import { savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { printInTurn } from './prints-in-turn.ts';
import { renumberShown } from './renumber-shown.ts';
import { renumber, type Renumbering } from '../print/renumber.ts';
import { HandbookTabs } from './handbook-tabs.ts';
import { keepNumbers, lastNumbers } from './last-numbers.ts';
import { releaseMemory } from '../../memory.ts';
import type { PrintTab } from './print-tab.ts';

/** Screen layouts, then prints, before giving up on numbers that keep moving (each moves them less). */
const maxMeasures = 4;
const maxRenders = 4;

export interface Handbook {
  pdf: Uint8Array;
  /** The same PDF as pdf-lib's document, as it was saved: for what is made from it (the booklet) without parsing it again. */
  pdfDocument: PDFDocument;
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
  /** About how many pages of a long book's register Chromium prints at a time. */
  registerPagesPerPrint?: number;
  /** From how many pages on each kind of work gets fresh tabs (handbook-tabs.ts). */
  freshTabsFromPages?: number;
  /** Tabs printing the pieces at once (each a renderer process of its own). */
  printTabs?: number;
  /**
   * The output folder: its last build's page numbers are the first guess (last-numbers.ts), and
   * this build's are kept for the next. Without it the numbers are guessed from the entries' words.
   */
  numbersOf?: string;
  /** Told when the screen layouts are done (the costliest moment for memory is over). */
  onLaidOut?: () => void;
}

/**
 * Chromium prints a 700-page document at ~26 ms a page and a 2,850-page one at ~70 ms a page; in
 * pieces of about a hundred pages every page costs ~20 ms, and a piece more costs ~50 ms.
 */
const defaultPagesPerPrint = 100;

const defaultFurniturePagesPerPrint = 200;

/** The register costs Chromium seven times what a page of entries does (many links, two columns). */
const defaultRegisterPagesPerPrint = 20;

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
  let numbers = (options.numbersOf !== undefined && (await lastNumbers(options.numbersOf))) || firstNumbers(book);
  const document = printDocument(book, numbers);
  try {
    let measures = 0;
    /** The screen layout of `document`, when it was measured as it is. */
    let screen: Layout | undefined;
    /** The numbers the book is expected to print, the register's too, from the screen layout. */
    let predicted: PrintNumbers | undefined;
    await context.log.stage('pdf: handbook layout', async () => {
      while (measures < maxMeasures) {
        measures++;
        releaseMemory();
        const tab = await tabs.measuring();
        screen = await tab.measure(path, document.tree);
        const proposed = nextNumbers(document.structure, screen, numbers);
        predicted = proposed;
        if (samePrintedNumbers(proposed, numbers)) return;
        numbers = proposed;
        // The layout just measured is the renumbered document's too, when no number changed width.
        if (!(await renumberDocument(tab, document, numbers)).movesLayout) return;
        screen = undefined;
        predicted = undefined;
      }
    });
    options.onLaidOut?.();
    tabs.fresh = (screen?.pageCount ?? 0) >= (options.freshTabsFromPages ?? defaultFreshTabsFromPages);
    const lanes = options.printTabs ?? defaultPrintTabs;
    const chunking: ChunkOptions = {
      printDir,
      name: 'handbuch',
      candidates: cutCandidates(document.structure),
      pagesPerPrint: options.pagesPerPrint ?? defaultPagesPerPrint,
      wholeTab: () => tabs.measuring(),
      pieceTabs: () => tabs.pieces(lanes),
    };
    // While the book prints, the register is printed from the numbers predicted, in a tab of its
    // own; it is used when the print confirms them. A long book's register is printed in pieces
    // after the book instead: a third renderer beside the pieces' two would cost too much memory.
    const ahead = predicted && !tabs.fresh ? printRegisterAhead(book, predicted, tabs, printDir) : undefined;
    let prints = 0;
    for (let render = 1; ; render++) {
      if (render > 1) {
        const tab = await tabs.measuring();
        await renumberDocument(tab, document, numbers);
        measures++;
        screen = await tab.measure(path, document.tree);
      }
      const printed = await context.log.stage(`pdf: handbook print ${render}`, () => printChunked(document.tree, screen, chunking));
      prints += printed.prints;
      if (printed.chunks > 1) context.log.info(`handbook: printed in ${printed.chunks} pieces`);
      if (!printed.outlineMatched) context.warn('handbook: the bookmarks do not match the headings one to one; their titles were left as Chromium wrote them');
      const { pdf, layout } = printed;
      const measured = nextNumbers(document.structure, layout, numbers);
      const settled = samePrintedNumbers(measured, numbers);
      if (settled || render === maxRenders) {
        if (!settled) context.warn(`handbook: page numbers still moved after ${render} prints; some numbers in the contents may be off by a page`);
        const final: FinalRender = { pdf, document, layout, printed: numbers, measured };
        const pieces = {
          furniture: options.furniturePagesPerPrint ?? defaultFurniturePagesPerPrint,
          register: options.registerPagesPerPrint ?? defaultRegisterPagesPerPrint,
          lanes,
        };
        const kept = options.numbersOf === undefined ? undefined : keepNumbers(options.numbersOf, measured);
        const finished = await context.log.stage('pdf: handbook finish', () => finish(book, final, ahead, tabs, printDir, pieces, context));
        await kept;
        return { pdf: finished, pdfDocument: pdf, pageCount: pdf.getPageCount(), measures, renders: render, prints };
      }
      numbers = measured;
    }
  } finally {
    await tabs.closeAll();
  }
}

/** Writes `numbers` into the document, and into the tab when it shows it (else the tab loads it anew to measure it). */
async function renumberDocument(tab: PrintTab, document: PrintDocument, numbers: PrintNumbers): Promise<Renumbering> {
  const renumbering = renumber(document.tree, document.structure, numbers);
  if (tab.shows(document.tree)) await renumberShown(tab.page, renumbering);
  return renumbering;
}

/** How many pages the register and the running heads are printed at a time, and in how many tabs at once. */
export interface FinishPieces {
  register: number;
  furniture: number;
  lanes: number;
}

/**
 * The register, printed on its own: a long book's in pieces of about `pagesPerPrint` pages (cut
 * where its screen layout starts a page with a line of it), in fresh tabs. One print of the
 * 79-page register of 2,000 entries took 18.5 s, 0.9 GB in the renderer and three quarters of
 * that in balancing its two columns; four pieces of 20 pages in two tabs 9.5 s.
 */
async function printRegister(tree: Root, tabs: HandbookTabs, printDir: string, pagesPerPrint: number, lanes: number): Promise<PDFDocument> {
  const candidates = selectAll('.register > p[id]', tree).map((line) => ({ id: String(line.properties.id), forced: false }));
  // Laid out on screen only when it may be cut; otherwise it is printed whole in the tab `next` gives.
  const registerTab = await tabs.next();
  const layout = tabs.fresh ? await registerTab.measure(join(printDir, 'register.html'), tree, candidates.map(({ id }) => id)) : undefined;
  const printed = await printChunked(tree, layout, { printDir, name: 'register', candidates, pagesPerPrint, wholeTab: () => tabs.measuring(), pieceTabs: () => tabs.pieces(lanes) });
  return printed.pdf;
}

/** The register printed ahead (see renderHandbook): the document printed, and its PDF (undefined if the print failed). */
export interface RegisterAhead {
  html: string;
  pdf: Promise<PDFDocument | undefined>;
}

export function printRegisterAhead(book: Book, numbers: PrintNumbers, tabs: HandbookTabs, printDir: string): RegisterAhead {
  const tree = registerDocument(book, numbers);
  const printed = printChunked(tree, undefined, { printDir, name: 'register', candidates: [], pagesPerPrint: Number.POSITIVE_INFINITY, wholeTab: () => tabs.spare(), pieceTabs: async () => [] });
  // A failure here is no failure of the build: the register is then printed after the book.
  return { html: toHtml(tree), pdf: printed.then((result) => result.pdf, () => undefined) };
}

/** The register of the numbers measured on the final print: the one printed ahead when it is the same document, else printed now. */
export async function registerPdf(book: Book, measured: PrintNumbers, ahead: RegisterAhead | undefined, tabs: HandbookTabs, printDir: string, pieces: FinishPieces): Promise<PDFDocument> {
  const tree = registerDocument(book, measured);
  const early = await ahead?.pdf;
  if (early && ahead?.html === toHtml(tree)) return early;
  return printRegister(tree, tabs, printDir, pieces.register, pieces.lanes);
}

async function finish(book: Book, { pdf, document, layout, printed, measured }: FinalRender, ahead: RegisterAhead | undefined, tabs: HandbookTabs, printDir: string, pieces: FinishPieces, { log }: Pick<RenderContext, 'log' | 'warn'>): Promise<Uint8Array> {
  releaseMemory();
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
  const registerStart = await log.stage('pdf: handbook register', async () => appendTaggedPdf(pdf, await registerPdf(book, measured, ahead, tabs, printDir, pieces)));
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
    // In pieces, as the handbook (one print of 2,850 furniture pages takes 32 s, 15 of 200 pages
    // 5 s), in the pieces' lanes: 500 entries 1.0-1.2 s in one tab, 0.7-0.9 s in two; 2,000
    // entries 4.5-4.7 s either way (side by side, each print took twice as long).
    const perPrint = pieces.furniture;
    const count = Math.ceil(furniture.length / perPrint);
    const pagesOf = (piece: number) => furniture.slice(piece * perPrint, (piece + 1) * perPrint);
    const lanes = await tabs.nextPieces(Math.min(pieces.lanes, count));
    const print = (piece: number, lane: number) => {
      const file = count === 1 ? 'kolumnen.html' : `kolumnen-${piece + 1}.html`;
      return lanes[lane]!.print(join(printDir, file), furnitureDocument(book.meta, pagesOf(piece)), { tagged: false });
    };
    await printInTurn(count, print, (furniturePdf, piece) => stampFurniture(pdf, furniturePdf, pagesOf(piece), piece * perPrint), lanes.length);
  });
  setPageLabels(pdf, layout.destinations.get(printIds.part(partNames.glossary))?.page);
  setMetadata(pdf, book.meta, { title: book.meta.title, subject: book.meta.description, variant: 'handbuch' });
  releaseMemory();
  return log.stage('pdf: handbook save', () => savePdf(pdf));
}
