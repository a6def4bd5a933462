// The dev server's print preview (/_print): the A5 handbook exactly as `build:pdf` makes it
// (render/pdf/handbook.ts: print document, print.css, page numbers, running heads, register),
// shown as pages side by side (spreads, rendered to images with poppler's pdftoppm), or as the
// PDF itself when pdftoppm is missing, or as the print HTML when no Chromium is found. It is made
// on demand, when the preview is open, and again after every change (the page reloads itself).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { PDFDocument } from 'pdf-lib';
import { findBrowser } from '../browser/find-browser.ts';
import { withBrowser } from '../browser/session.ts';
import { createLog } from '../log.ts';
import type { Book } from '../model.ts';
import { renderHandbook } from '../render/pdf/handbook.ts';
import { writePrintAssets } from '../render/print/print-assets.ts';
import { printCss, printDocumentHtml } from './print-html.ts';

const run = promisify(execFile);

/** Makes the print PDF of a book, working in `workDir` (a private temporary folder). */
export type PrintPdfSource = (book: Book, workDir: string, warn: (text: string) => void) => Promise<Uint8Array>;

export class NoBrowserError extends Error {
  override name = 'NoBrowserError';
}

/** The handbook as the build makes it, printed from `workDir` with a browser of its own. */
export const handbookPdf: PrintPdfSource = async (book, workDir, warn) => {
  let executablePath: string | undefined;
  try {
    executablePath = findBrowser();
  } catch {
    executablePath = undefined;
  }
  if (!executablePath) throw new NoBrowserError('Kein Chromium gefunden');
  await writePrintAssets(workDir, book);
  return withBrowser({ executablePath, allowedRoots: [workDir], timeoutMs: 120_000, warn }, async (session) => {
    // The build's per-render timings would only clutter the dev server's terminal.
    const handbook = await renderHandbook(book, session, workDir, { log: createLog(() => {}), warn });
    return handbook.pdf;
  });
};

interface Rendering {
  version: number;
  pdf?: Buffer;
  /** PNG images of the first pages, when pdftoppm is available. */
  images: Buffer[];
  pageCount: number;
  ms: number;
  problem?: string;
}

export interface PreviewResponse {
  status: number;
  type: string;
  body: Buffer | string;
}

/** Pages shown as images; a 2,000-entry book has thousands, and the browser needs only a look. */
const maxImages = 120;

export class PrintPreview {
  readonly #source: PrintPdfSource;
  readonly #warn: (text: string) => void;
  #workDir: Promise<string> | undefined;
  #rendering: Promise<Rendering> | undefined;
  #renderingVersion = -1;

  constructor(options: { source?: PrintPdfSource; warn: (text: string) => void }) {
    this.#source = options.source ?? handbookPdf;
    this.#warn = options.warn;
  }

  async close(): Promise<void> {
    const dir = await this.#workDir;
    if (dir) await rm(dir, { recursive: true, force: true });
  }

  #render(book: Book, version: number): Promise<Rendering> {
    if (this.#rendering && this.#renderingVersion === version) return this.#rendering;
    const previous = this.#rendering ?? Promise.resolve(undefined);
    this.#renderingVersion = version;
    // One rendering at a time: a newer one waits for the older to finish.
    this.#rendering = previous.catch(() => undefined).then(() => this.#renderNow(book, version));
    return this.#rendering;
  }

  async #renderNow(book: Book, version: number): Promise<Rendering> {
    const started = performance.now();
    this.#workDir ??= mkdtemp(join(tmpdir(), 'glossar-preview-'));
    const dir = join(await this.#workDir, String(version));
    await mkdir(dir, { recursive: true });
    try {
      const pdf = Buffer.from(await this.#source(book, dir, this.#warn));
      const pageCount = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      const images = await pageImages(pdf, dir).catch(() => []);
      return { version, pdf, images, pageCount, ms: performance.now() - started };
    } catch (error) {
      const problem = error instanceof NoBrowserError ? error.message : `Die PDF-Vorschau ist fehlgeschlagen: ${(error as Error).message.split('\n')[0]}`;
      if (!(error instanceof NoBrowserError)) this.#warn(problem);
      return { version, images: [], pageCount: 0, ms: performance.now() - started, problem };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Answers a request below /_print; `path` is the part after `_print/` ('' for the page). */
  async respond(path: string, book: Book, version: number): Promise<PreviewResponse | undefined> {
    if (path === 'dokument.html') return { status: 200, type: 'text/html; charset=utf-8', body: printDocumentHtml(book) };
    if (path === 'print.css') return { status: 200, type: 'text/css; charset=utf-8', body: printCss() };
    const rendering = await this.#render(book, version);
    if (path === '') return { status: 200, type: 'text/html; charset=utf-8', body: previewPage(book, rendering) };
    if (path === 'handbuch.pdf' && rendering.pdf) return { status: 200, type: 'application/pdf', body: rendering.pdf };
    const image = /^seite-(\d+)\.png$/.exec(path);
    const bytes = image && rendering.images[Number(image[1]) - 1];
    if (bytes) return { status: 200, type: 'image/png', body: bytes };
    return undefined;
  }
}

async function pageImages(pdf: Buffer, dir: string): Promise<Buffer[]> {
  const input = join(dir, 'handbuch.pdf');
  await writeFile(input, pdf);
  await run('pdftoppm', ['-png', '-r', '64', '-l', String(maxImages), input, join(dir, 'seite')], { timeout: 60_000 });
  const names = (await readdir(dir)).filter((name) => /^seite-\d+\.png$/.test(name)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map((name) => readFile(join(dir, name))));
}

const previewStyle = `body{margin:0;background:#55565b;color:#fff;font:15px/1.45 system-ui,sans-serif}
header{position:sticky;top:0;background:#2a2b2e;padding:.6rem 1rem;z-index:1}header h1{display:inline;font-size:1.1rem;margin:0 1rem 0 0}
header a{color:#ffd479}.note{color:#d8d8dc;margin:.25rem 0 0;font-size:13px}
.spreads{display:flex;flex-direction:column;align-items:center;gap:18px;padding:18px}
.spread{display:flex;gap:2px}.spread img,.spread .blank{width:min(44vw,420px);aspect-ratio:148/210;background:#fff;box-shadow:0 2px 10px rgba(0,0,0,.45)}
.spread .blank{visibility:hidden}iframe{width:100%;height:calc(100vh - 5rem);border:0;background:#fff}`;

function previewPage(book: Book, rendering: Rendering): string {
  const facts = rendering.pdf ? [`${rendering.pageCount} Seiten`, `erzeugt in ${Math.round(rendering.ms)} ms`] : [];
  const links = [
    ...(rendering.pdf ? [h('a', { href: '/_print/handbuch.pdf' }, 'PDF öffnen')] : []),
    h('a', { href: '/_print/dokument.html' }, 'Druckdokument als HTML'),
    h('a', { href: '/' }, 'Zur Website'),
  ];
  const note = 'Das A5-Handbuch, wie es „npm run build:pdf“ druckt (templates/print.css, Seitenzahlen, Kolumnentitel, Register); die Vorschau wird nach jedem Speichern neu erzeugt.';
  let main;
  if (rendering.images.length > 0) {
    // The version in the URL: a refreshed preview must not show images the browser kept.
    const pages = rendering.images.map((_, index) => h('img', { src: `/_print/seite-${index + 1}.png?v=${rendering.version}`, alt: `Seite ${index + 1}` }));
    // Page 1 is a right-hand page; then left and right pages face each other.
    const spreads = [[h('div', { className: ['blank'] }), pages[0]!], ...Array.from({ length: Math.ceil((pages.length - 1) / 2) }, (_, index) => pages.slice(1 + index * 2, 3 + index * 2))];
    main = h('main', { className: ['spreads'] }, spreads.map((spread) => h('div', { className: ['spread'] }, spread)));
    if (rendering.pageCount > rendering.images.length) facts.push(`gezeigt: die ersten ${rendering.images.length}`);
  } else if (rendering.pdf) {
    main = h('main', [h('iframe', { src: '/_print/handbuch.pdf', title: 'Druckvorschau (PDF)' })]);
  } else {
    main = h('main', [h('iframe', { src: '/_print/dokument.html', title: 'Druckdokument (HTML)' })]);
  }
  const problem = rendering.problem ? [h('p', { className: ['note'] }, `${rendering.problem} – gezeigt wird das Druckdokument als HTML, ohne Seitenumbrüche.`)] : [];
  const tree = h('html', { lang: 'de' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', `Druckvorschau – ${book.meta.title}`), h('style', previewStyle)]),
    h('body', [
      h('header', [h('h1', 'Druckvorschau'), facts.join(' · '), facts.length > 0 ? ' · ' : '', ...links.flatMap((link, index) => (index > 0 ? [' · ', link] : [link])), h('p', { className: ['note'] }, note), ...problem]),
      main,
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
