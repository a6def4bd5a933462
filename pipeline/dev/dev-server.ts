// `glossar dev`: builds the HTML site incrementally into memory, serves it on 127.0.0.1 only,
// rebuilds when content/ or templates/ change, and tells open pages to reload (live-reload.ts).
// Content errors do not stop it: they are printed, laid over the last good pages (overlay.ts),
// and go away when the file is fixed. Pages are served from memory: a rebuild after a save
// renders the few pages that changed and touches no disk, which keeps a save-to-reload well
// under the 300 ms the issue asks for.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvironmentError } from '../errors.ts';
import { IncrementalBuild } from '../incremental/incremental-build.ts';
import { siteFileBytes, type Site } from '../incremental/site-files.ts';
import type { Book } from '../model.ts';
import { formatReport } from '../report.ts';
import { templatesDir } from '../templates.ts';
import { clientPath, clientScript, EventHub, eventsPath, injectClient } from './live-reload.ts';
import { overlayHtml, problemLines } from './overlay.ts';
import { PrintPreview, type PrintPdfSource } from './print-preview.ts';
import { contentType, requestPath } from './request-path.ts';
import { watchFolders, type Watcher } from './watch.ts';

export interface DevServerOptions {
  contentDir: string;
  drafts: boolean;
  strict?: boolean;
  /** 0 picks a free port. */
  port: number;
  /** Quiet time after the last file event before a rebuild; editors save in several steps. */
  quietMs?: number;
  /** Folders to watch; default: the content folder and templates/. */
  watch?: string[];
  /** Terminal output, one message per call. */
  log: (text: string) => void;
  /** The print preview's PDF; see print-preview.ts. */
  printPdf?: PrintPdfSource;
}

export interface DevServer {
  readonly url: string;
  readonly port: number;
  /** Rebuilds as after a change of `paths` and resolves when done (the watcher calls it too). */
  rebuild(paths?: string[]): Promise<void>;
  close(): Promise<void>;
}

export const host = '127.0.0.1';

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
};

/**
 * Pages are never cached (the live-reload script is in them); fonts never change while the
 * server runs; everything else is revalidated by its ETag. A reload after a save then fetches
 * the page alone, and the text shows without waiting for the style sheet and fonts again.
 */
function cacheControl(path: string): string {
  if (path.startsWith('assets/fonts/')) return 'public, max-age=86400, immutable';
  return path.endsWith('.html') || !path.includes('.') ? 'no-store' : 'no-cache';
}

function send(response: ServerResponse, status: number, type: string, body: Buffer | string, head: boolean, path = ''): void {
  response.writeHead(status, { ...securityHeaders, 'Cache-Control': status === 200 ? cacheControl(path) : 'no-store', 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

const etags = new WeakMap<Buffer, string>();
function etagOf(bytes: Buffer): string {
  let etag = etags.get(bytes);
  if (!etag) etags.set(bytes, (etag = `"${createHash('sha1').update(bytes).digest('base64url')}"`));
  return etag;
}

const statusPage = (title: string, text: string) =>
  `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/assets/style.css"></head><body><main id="inhalt"><h1>${title}</h1><p>${text}</p><p><a href="/">Zur Startseite</a></p></main></body></html>\n`;

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const builder = new IncrementalBuild({ contentDir: options.contentDir, drafts: options.drafts, strict: options.strict ?? false });
  const hub = new EventHub();
  const preview = new PrintPreview({ ...(options.printPdf && { source: options.printPdf }), warn: (text) => options.log(`glossar dev: ${text}`) });
  // Versions start at the clock, so that pages of an earlier server run reload on reconnect.
  let version = Date.now();
  let site: Site | undefined;
  let book: Book | undefined;
  let problems: string[] = [];
  let lastReport = '';

  async function rebuildNow(paths: string[]): Promise<void> {
    const started = performance.now();
    let result;
    try {
      result = await builder.rebuild(paths);
    } catch (error) {
      // A file that vanished between listing and reading (an editor's save) and the like.
      options.log(`glossar dev: rebuild failed (${(error as Error).message}); waiting for the next change`);
      return;
    }
    const report = formatReport(result.files);
    if (report !== lastReport) {
      if (report) options.log(report.trimEnd());
      lastReport = report;
    }
    const nextProblems = problemLines(result.files, options.strict ?? false);
    const problemsChanged = nextProblems.join('\n') !== problems.join('\n');
    if (problemsChanged && nextProblems.length === 0 && problems.length > 0) options.log('glossar dev: the content is valid again');
    problems = nextProblems;
    if (result.ok) {
      site = result.site;
      book = result.book;
    }
    const changed = result.ok ? result.changed : [];
    const templatesChanged = paths.some((path) => path.startsWith(templatesDir));
    if (changed.length > 0 || problemsChanged || templatesChanged) {
      version += 1;
      hub.send({ version, changed, problemsChanged });
    }
    const ms = Math.round(performance.now() - started);
    if (!result.ok) options.log(`glossar dev: ${problems.length} error${problems.length === 1 ? '' : 's'}; serving the last good build (${ms} ms)`);
    else if (paths.length > 0) options.log(`glossar dev: rebuilt in ${ms} ms: ${changed.length === 0 ? 'no page changed' : changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '')}`);
  }

  // Changes that arrive during a rebuild are gathered into one rebuild after it.
  let queue = Promise.resolve();
  let gathering: { paths: string[]; done: Promise<void> } | undefined;
  function rebuild(paths: string[] = []): Promise<void> {
    if (gathering) {
      gathering.paths.push(...paths);
      return gathering.done;
    }
    const batch = { paths: [...paths], done: Promise.resolve() };
    batch.done = queue = queue.then(() => {
      gathering = undefined;
      return rebuildNow(batch.paths);
    });
    gathering = batch;
    return batch.done;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = request.method === 'HEAD';
    if (request.headers.host !== `${host}:${port}` && request.headers.host !== `localhost:${port}`) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: the dev server answers only to 127.0.0.1 and localhost.\n', head);
    }
    if (request.method !== 'GET' && !head) return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', false);
    const target = requestPath(request.url ?? '/');
    if ('refused' in target) return send(response, 403, 'text/plain; charset=utf-8', `Forbidden: ${target.refused}\n`, head);
    const { path } = target;
    const overlay = problems.length > 0 ? overlayHtml(problems) : '';
    if (path === eventsPath) return hub.connect(response, version);
    if (path === clientPath) return send(response, 200, 'text/javascript; charset=utf-8', clientScript, head, path);
    if (path === '_print' || path.startsWith('_print/')) {
      if (!book) return send(response, 503, 'text/html; charset=utf-8', injectClient(statusPage('Noch keine Vorschau', 'Der Inhalt enthält Fehler; die Druckvorschau erscheint nach dem ersten fehlerfreien Stand.'), version, { extra: overlay, always: true }), head);
      const answer = await preview.respond(path.slice('_print/'.length), book, version);
      if (!answer) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', head);
      const body = path === '_print' ? injectClient(String(answer.body), version, { always: true }) : answer.body;
      return send(response, answer.status, answer.type, body, head);
    }
    const file = site?.get(path);
    if (!file) {
      const page = site ? statusPage('Seite nicht gefunden', `Diese Seite gibt es nicht (mehr): ${path.replace(/[<>&"]/g, '')}`) : statusPage('Noch keine Vorschau', 'Der Inhalt enthält Fehler; die Website erscheint nach dem ersten fehlerfreien Stand.');
      return send(response, site ? 404 : 503, 'text/html; charset=utf-8', injectClient(page, version, { extra: overlay, always: true }), head);
    }
    const bytes = await siteFileBytes(file);
    const type = contentType(path);
    if (type.startsWith('text/html')) return send(response, 200, type, injectClient(bytes.toString('utf8'), version, { extra: overlay }), head, path);
    const etag = etagOf(bytes);
    response.setHeader('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ...securityHeaders, 'Cache-Control': cacheControl(path) });
      return void response.end();
    }
    return send(response, 200, type, bytes, head, path);
  }

  await rebuild();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      options.log(`glossar dev: ${request.url}: ${error.message}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error; see the terminal\n', false);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new EnvironmentError(`Port ${options.port} is already in use; choose another with --port`, { cause: error }) : error),
    );
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const watcher: Watcher = watchFolders(options.watch ?? [options.contentDir, templatesDir], (paths) => void rebuild(paths), {
    quietMs: options.quietMs ?? 15,
    onError: (error) => options.log(`glossar dev: watching stopped: ${error.message}`),
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/`,
    port,
    rebuild,
    close: () =>
      (closing ??= (async () => {
        watcher.close();
        hub.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await queue;
        await preview.close();
      })()),
  };
}
