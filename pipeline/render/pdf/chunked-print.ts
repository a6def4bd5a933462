// Prints a print document (the handbook's, or its register) in chunks (print/print-chunks.ts)
// and joins them (join-prints.ts). The cuts come from a layout of this very document, and are
// checked on the joined PDF: every chunk must start on the page its first element had in that
// layout, at the top. When one does not (the layout was off by a line before a cut), the chunks
// are not what the whole document prints, and the document is printed whole instead.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { PDFDocument } from 'pdf-lib';
import type { Layout, PrintedLayout } from '../print/layout.ts';
import { chooseCuts, splitPrintDocument, wholePrint, type CutCandidate, type PrintChunk } from '../print/print-chunks.ts';
import { PrintJoiner } from './join-prints.ts';
import { headings } from './outline.ts';
import { loadPdf } from './pdf-io.ts';
import { printInTurn } from './prints-in-turn.ts';
import type { PrintTab } from './print-tab.ts';
import { readLayout } from './read-layout.ts';

export interface ChunkedPrint {
  pdf: PDFDocument;
  /** Where things landed in it. */
  layout: PrintedLayout;
  /** Prints made: one per chunk, plus the whole document when the chunks did not hold. */
  prints: number;
  chunks: number;
  /** Whether the bookmarks matched the headings one to one (their titles are the headings'). */
  outlineMatched: boolean;
}

export interface ChunkOptions {
  /** Where the printed documents are written: `<name>-1.html` … for the pieces, and always the whole `<name>.html`. */
  printDir: string;
  name: string;
  /** Candidates for cuts: elements that may open a page (the headings of parts, letters and entries; lines of the register). */
  candidates: readonly CutCandidate[];
  pagesPerPrint: number;
  /** The tab that prints the document whole (the one that measured it, when it is still open). */
  wholeTab: () => Promise<PrintTab>;
  /** The tabs that print the pieces, one per lane, each in a renderer process of its own (opened when first needed). */
  pieceTabs: () => Promise<readonly PrintTab[]>;
}

/** Whether the joined PDF has every cut where `layout` proposed it. */
function cutsHold(joined: Layout, layout: Layout, cuts: readonly string[]): boolean {
  return cuts.every((id) => {
    const expected = layout.destinations.get(id);
    const printed = joined.destinations.get(id);
    return expected !== undefined && printed !== undefined && printed.page === expected.page && Math.abs(printed.top - expected.top) <= 1;
  });
}

/** Prints `tree`, in pieces when `layout` (its screen layout) offers cuts, else whole. */
export async function printChunked(tree: Root, layout: Layout | undefined, options: ChunkOptions): Promise<ChunkedPrint> {
  const cuts = layout ? chooseCuts(layout, options.candidates, options.pagesPerPrint) : [];
  if (layout && cuts.length > 0) {
    const chunks = splitPrintDocument(tree, layout, cuts);
    const joined = await printChunks(chunks, await options.pieceTabs(), options);
    if (cutsHold(joined.layout, layout, cuts)) {
      // The whole document too, as it would print: to look into, and what the benchmark's floor prints.
      await writeFile(join(options.printDir, `${options.name}.html`), toHtml(tree));
      return { ...joined, prints: chunks.length, chunks: chunks.length };
    }
    const whole = await printChunks([wholePrint(tree)], [await options.wholeTab()], options);
    return { ...whole, prints: chunks.length + 1, chunks: 1 };
  }
  return { ...(await printChunks([wholePrint(tree)], [await options.wholeTab()], options)), prints: 1, chunks: 1 };
}

async function printChunks(chunks: readonly PrintChunk[], tabs: readonly PrintTab[], { printDir, name }: ChunkOptions): Promise<Omit<ChunkedPrint, 'prints' | 'chunks'>> {
  // What is left in the folder is what was printed: not the document measured before, nor the pieces of a print that did not hold.
  const printed = new RegExp(`^${name}(-\\d+)?\\.html$`);
  for (const file of await readdir(printDir)) if (printed.test(file)) await rm(join(printDir, file));
  const joiner = new PrintJoiner();
  const print = (index: number, lane: number) =>
    tabs[lane]!.print(join(printDir, chunks.length === 1 ? `${name}.html` : `${name}-${index + 1}.html`), chunks[index]!.tree, { tagged: true });
  const use = async (bytes: Uint8Array, index: number) => {
    const chunk = chunks[index]!;
    joiner.add({ pdf: await loadPdf(bytes), continues: chunk.continues, owns: chunk.owns, headings: headings(chunk.tree) });
  };
  await printInTurn(chunks.length, print, use, tabs.length);
  const joined = joiner.finish();
  return { ...joined, layout: readLayout(joined.pdf) };
}
