// The tabs the handbook is made in. A tab's renderer process keeps what it showed: after laying
// out a 2,850-page handbook on screen it held 1.1 GB, and after printing the register 0.9 GB,
// while every piece printed after needs a fraction of that. So a long book gets fresh tabs for
// each kind of work (a new tab is a new renderer process), and the tabs done with are closed first;
// a short one keeps reusing its tabs, which spares loading the stylesheet and fonts again.
import type { BrowserSession } from '../../browser/session.ts';
import { PrintTab, type TabOptions } from './print-tab.ts';

/** Pieces a fresh tab prints before it goes on in a new renderer (print-tab.ts). */
const piecesPerRenderer = 4;

export class HandbookTabs {
  readonly #session: BrowserSession;
  /** Whether each kind of work gets fresh tabs: set once the book's length is known. */
  fresh = false;
  readonly #open = new Set<Promise<PrintTab>>();
  #measuring: Promise<PrintTab>;
  #pieces?: Promise<PrintTab[]>;
  #spare?: Promise<PrintTab>;

  /** Opens the measuring tab at once. */
  constructor(session: BrowserSession) {
    this.#session = session;
    this.#measuring = this.#openTab();
  }

  #openTab(options: TabOptions = {}): Promise<PrintTab> {
    const tab = PrintTab.open(this.#session, options);
    this.#open.add(tab);
    return tab;
  }

  async #close(tab: Promise<PrintTab>): Promise<void> {
    if (!this.#open.delete(tab)) return;
    // A tab that will not close goes with the browser at the end of the build.
    await tab.then((opened) => opened.close()).catch(() => undefined);
  }

  /** The tab that lays the handbook out, and prints it when it is printed whole. */
  measuring(): Promise<PrintTab> {
    if (!this.#open.has(this.#measuring)) this.#measuring = this.#openTab();
    return this.#measuring;
  }

  /**
   * One tab per lane for printing the pieces: fresh ones, the measuring tab closed first, when
   * `fresh`; else the measuring tab and new ones for the other lanes. The same tabs every time.
   */
  pieces(lanes: number): Promise<PrintTab[]> {
    this.#pieces ??= (async () => {
      if (!this.fresh) return Promise.all([this.measuring(), ...Array.from({ length: lanes - 1 }, () => this.#openTab())]);
      await this.#close(this.#measuring);
      return Promise.all(Array.from({ length: lanes }, () => this.#openTab({ renewAfter: piecesPerRenderer })));
    })();
    return this.#pieces;
  }

  /** A tab beside all the others, for a print that runs alongside theirs (the register printed ahead, handbook.ts). */
  spare(): Promise<PrintTab> {
    if (!this.#spare || !this.#open.has(this.#spare)) this.#spare = this.#openTab();
    return this.#spare;
  }

  /** A tab for what comes next: when `fresh`, a new one, every other tab closed; else the measuring tab. */
  async next(): Promise<PrintTab> {
    await this.#closeAllWhenFresh();
    return this.measuring();
  }

  /** Tabs for the next series of prints, one per lane: when `fresh`, new ones, every other tab closed first; else those of the pieces. */
  async nextPieces(lanes: number): Promise<PrintTab[]> {
    await this.#closeAllWhenFresh();
    return this.pieces(lanes);
  }

  /** When `fresh`, what comes next starts in new tabs: every tab open now is closed first. */
  async #closeAllWhenFresh(): Promise<void> {
    if (!this.fresh) return;
    await this.closeAll();
    this.#pieces = undefined;
  }

  closeAll(): Promise<void> {
    return Promise.all([...this.#open].map((tab) => this.#close(tab))).then(() => undefined);
  }
}
