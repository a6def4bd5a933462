// A browser tab that prints a series of documents which share their <head> (stylesheet, fonts):
// the first is loaded from disk; each next one replaces only the <body> of the loaded document,
// which spares Chromium re-parsing the stylesheet and re-decoding the fonts for every print.
// Every document is still written to disk whole, so what was printed can be opened and looked at.
// A renderer keeps much of what it showed until it is gone (a lane printing 13 pieces of a
// 2,850-page handbook grew to 430 MB), so a tab for a long series may renew itself: after
// `renewAfter` prints it closes its page and goes on in a new one, a renderer process of its own.
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from '../../browser/session.ts';
import type { Layout } from '../print/layout.ts';
import { measureLayout } from './measure-layout.ts';

export interface PrintOptions {
  /** Tagged PDF with a document outline (bookmarks) from the headings. */
  tagged: boolean;
}

export interface TabOptions {
  /** Prints after which the tab goes on in a new page (renderer process); never, unless set. */
  renewAfter?: number;
}

export class PrintTab {
  readonly #session: BrowserSession;
  readonly #renewAfter: number;
  #page: Page;
  #loaded?: { folder: string; head: string };
  #loads = 0;
  /** Prints made in the current page. */
  #prints = 0;
  /** The document the tab shows now, when it was shown from a tree. */
  #shown?: Root;

  constructor(session: BrowserSession, page: Page, options: TabOptions = {}) {
    this.#session = session;
    this.#page = page;
    this.#renewAfter = options.renewAfter ?? Infinity;
  }

  /** A tab of its own, in the background (see BrowserSession.newPage). */
  static async open(session: BrowserSession, options: TabOptions = {}): Promise<PrintTab> {
    return new PrintTab(session, await session.newPage(), options);
  }

  /** The page the tab shows its documents in (a new one after a renewal). */
  get page(): Page {
    return this.#page;
  }

  /** Writes the document to `path` and prints it. */
  async print(path: string, tree: Root, options: PrintOptions): Promise<Uint8Array> {
    if (this.#prints >= this.#renewAfter) await this.#renew();
    this.#prints++;
    await this.#show(path, tree, { keep: true });
    return this.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: options.tagged, outline: options.tagged, waitForFonts: true });
  }

  /** Lays the document out on screen as pages of print size (measure-layout.ts); `also`: ids to place besides link targets. */
  async measure(path: string, tree: Root, also: readonly string[] = []): Promise<Layout> {
    // Only printed documents are kept on disk: a measured one is an intermediate state.
    await this.#show(path, tree, { keep: false });
    return measureLayout(this.page, also);
  }

  /** Whether the tab shows `tree` (as it was then: edits made to it since must be made in the tab too). */
  shows(tree: Root): boolean {
    return this.#shown === tree;
  }

  /**
   * Makes the document the tab's document: by swapping the body when the loaded document has the
   * same <head>, else by loading it from `path`. `keep` writes it there even when swapped.
   */
  async #show(path: string, tree: Root, { keep }: { keep: boolean }): Promise<void> {
    // Printing the document just measured: it is on show already, only the file is missing.
    if (this.#shown === tree) {
      if (keep) await writeFile(path, toHtml(tree));
      return;
    }
    this.#shown = tree;
    const headElement = select('head', tree);
    // What must match for a body swap: everything in <head> but the title, which is set anew.
    const head = toHtml(headElement ? headElement.children.filter((node) => node.type !== 'element' || node.tagName !== 'title') : []);
    const body = select('body', tree);
    const folder = dirname(path);
    // Images would still be loading after a body swap; such documents are loaded from disk.
    if (body && this.#loaded?.folder === folder && this.#loaded.head === head && !select('img', body)) {
      const title = toString(select('title', tree) ?? { type: 'root', children: [] });
      let bodyHtml: string;
      if (keep) {
        // Serialized once: the body is cut out of the whole document (a large one takes a second).
        const html = toHtml(tree);
        await writeFile(path, html);
        bodyHtml = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>') + '</body>'.length);
      } else {
        bodyHtml = toHtml(body);
      }
      await this.page.evaluate(
        (title: string, html: string, layOut: boolean) => {
          document.title = title;
          document.body.outerHTML = html;
          // Lay the new body out now, so that fonts it needs start loading before pdf() waits for them.
          return layOut ? document.body.getBoundingClientRect().height : 0;
        },
        title,
        bodyHtml,
        keep,
      );
    } else {
      await writeFile(path, toHtml(tree));
      const url = pathToFileURL(path);
      url.search = `?fassung=${++this.#loads}`; // never a cached copy of an earlier version
      await this.page.goto(url.href, { waitUntil: 'load' });
      this.#loaded = { folder, head };
    }
  }

  /** The old page closed first, so that its renderer's memory is given back before the new one grows. */
  async #renew(): Promise<void> {
    await this.#page.close();
    this.#page = await this.#session.newPage();
    this.#loaded = undefined;
    this.#shown = undefined;
    this.#prints = 0;
  }

  close(): Promise<void> {
    return this.#page.close();
  }
}
