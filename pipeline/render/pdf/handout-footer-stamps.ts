// The handouts' footers (print/handout-footers.ts), printed once and drawn onto every handout
// page they belong to. Those of short handouts are printed up front, the rest when a handout
// needs them, so that most batches of handouts never wait for a footer print. Each print gets a
// tab of its own, closed after it: those later prints are few, and a tab kept open for them held
// ~35 MB all through the handouts, beside the renderer laying out the handbook.
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { BookMeta } from '../../model.ts';
import { handoutFootersDocument, type FooterNumber } from '../print/handout-footers.ts';
import { loadPdf } from './pdf-io.ts';
import type { PrintTab } from './print-tab.ts';
import { stampArtifacts } from './stamp-artifacts.ts';

/** Footers printed before any handout is known: every "Seite x von y" up to this y. */
const pagesUpFront = 4;

const keyOf = ({ page, pages }: FooterNumber) => `${page}/${pages}`;

export class HandoutFooterStamps {
  readonly #meta: BookMeta;
  readonly #openTab: () => Promise<PrintTab>;
  readonly #printDir: string;
  /** Each footer printed so far: the PDF it is in and its page there. */
  readonly #printed = new Map<string, { pdf: PDFDocument; index: number }>();
  #prints = 0;

  constructor(meta: BookMeta, openTab: () => Promise<PrintTab>, printDir: string) {
    this.#meta = meta;
    this.#openTab = openTab;
    this.#printDir = printDir;
  }

  /** Prints the footers of handouts of up to `pagesUpFront` pages. */
  printUpFront(): Promise<void> {
    return this.prepare(Array.from({ length: pagesUpFront }, (_, index) => index + 1));
  }

  /** Prints the footers that handouts of these lengths (in pages) need and that are not printed yet. */
  async prepare(lengths: readonly number[]): Promise<void> {
    const missing: FooterNumber[] = [];
    for (const pages of new Set(lengths)) {
      for (let page = 1; page <= pages; page++) if (!this.#printed.has(keyOf({ page, pages }))) missing.push({ page, pages });
    }
    if (missing.length === 0) return;
    const name = `blaetter-fusszeilen-${++this.#prints}.html`;
    const tab = await this.#openTab();
    let printed: Uint8Array;
    try {
      printed = await tab.print(join(this.#printDir, name), handoutFootersDocument(this.#meta, missing), { tagged: false });
    } finally {
      await tab.close();
    }
    const pdf = await loadPdf(printed);
    missing.forEach((footer, index) => this.#printed.set(keyOf(footer), { pdf, index }));
  }

  /** Draws its footers onto a whole handout (prepared for its length). */
  async stamp(handout: PDFDocument): Promise<void> {
    const pages = handout.getPageCount();
    const sheets = new Map<PDFDocument, Array<number | undefined>>();
    for (let page = 1; page <= pages; page++) {
      const printed = this.#printed.get(keyOf({ page, pages }));
      if (!printed) throw new Error(`No footer was printed for page ${page} of ${pages}`);
      const indices = sheets.get(printed.pdf) ?? new Array<number | undefined>(pages).fill(undefined);
      indices[page - 1] = printed.index;
      sheets.set(printed.pdf, indices);
    }
    for (const [footers, indices] of sheets) await stampArtifacts(handout, footers, indices);
  }
}
