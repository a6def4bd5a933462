// `glossar dev`: serves the site on 127.0.0.1 only, refuses everything outside it, reloads open
// pages after a save, lays content errors over the page until they are fixed, and shows a print
// preview. Every wait has a deadline; the server is closed in afterAll.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PDFDocument, PageSizes } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../pipeline/browser/find-browser.ts';
import { startDevServer, type DevServer } from '../pipeline/dev/dev-server.ts';
import { requestPath } from '../pipeline/dev/request-path.ts';
import { openEvents, rawGet, rawGetBytes, type EventStream, type ServerEvent } from './dev-events.ts';
import { pageSizes, textPages } from './helpers/pdf-inspect.ts';
import { fixture, projectRoot, runCli } from './helpers.ts';

const content = mkdtempSync(join(tmpdir(), 'glossar-dev-content-'));
const logs: string[] = [];
let server: DevServer;
let events: EventStream;

const entryPath = (name: string) => join(content, 'glossar', name);
const edit = (name: string, change: (text: string) => string) => writeFileSync(entryPath(name), change(readFileSync(entryPath(name), 'utf8')));
const get = (path: string, headers?: Record<string, string>) => rawGet(server.port, path, headers);
const reloadEvent = (test: (data: { changed: string[]; problemsChanged: boolean }) => boolean) => (event: ServerEvent) =>
  event.event === 'reload' && test(event.data as { changed: string[]; problemsChanged: boolean });

async function fakePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage(PageSizes.A5);
  pdf.addPage(PageSizes.A5);
  return pdf.save();
}

beforeAll(async () => {
  cpSync(fixture('valid'), content, { recursive: true });
  symlinkSync(join(projectRoot, 'package.json'), join(content, 'leak.html'));
  server = await startDevServer({ contentDir: content, drafts: true, port: 0, log: (text) => logs.push(text), printPdf: fakePdf, watch: [content] });
  events = await openEvents(`${server.url}_dev/events`);
  await events.next((event) => event.event === 'hello');
});

afterAll(async () => {
  events?.close();
  await server?.close();
});

describe('glossar dev server', () => {
  it('serves the built site on 127.0.0.1 with the live-reload script', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<h1>Mini-Glossar</h1>');
    expect(index.body).toMatch(/<script src="\/_dev\/client\.js" async data-version="\d+"><\/script><\/body>/);
    expect((await get('/inklusion.html')).body).toContain('<dfn>Inklusion</dfn>');
    expect((await get('/assets/style.css?v=2')).type).toBe('text/css; charset=utf-8');
    expect((await get('/assets/fonts/source-serif-4-latin-400-normal.woff2')).status).toBe(200);
    expect((await get('/_dev/client.js')).body).toContain("new EventSource('/_dev/events')");
    expect((await get('/fehlt.html')).status).toBe(404);
  });

  it('serves nothing outside the site: no traversal, no absolute paths, no symlinks, no listings', async () => {
    const refused = ['/../package.json', '/%2e%2e/package.json', '/%2E%2E/%2e%2e/etc/passwd', '/assets/../../package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5cpackage.json', '//etc/passwd', '/inklusion.html%00.css', '/./index.html', `/${join(projectRoot, 'package.json')}`];
    for (const path of refused) expect((await get(path)).status, path).toBe(403);
    const missing = [join(projectRoot, 'package.json'), '/leak.html', '/glossar/inklusion.md', '/book.yaml', '/assets/', '/assets', '/assets/fonts/', '/.build/cli.mjs'];
    for (const path of missing) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('"name": "glossar-handbuch"');
    }
    expect((await get('package.json')).status).toBe(400); // Node's HTTP parser refuses it already
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(403);
    expect((await rawGet(server.port, '/', {}, 'POST')).status).toBe(405);
    expect(requestPath('/a/b.html?x=../y')).toEqual({ path: 'a/b.html' });
  });

  it('after a save, sends a reload event naming the changed page, and serves the new text', async () => {
    const latencies: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const saved = performance.now();
      edit('zukunft.md', (text) => text.replace(/ist offen[^.]*\./, `ist offen (Fassung ${round}).`));
      const event = await events.next(reloadEvent((data) => data.changed.includes('zukunft.html')), 10_000);
      latencies.push(event.at - saved);
      expect((event.data as { changed: string[] }).changed).toEqual(['zukunft.html']);
      expect((await get('/zukunft.html')).body).toContain(`ist offen (Fassung ${round}).`);
    }
    console.log(`save → reload event: ${latencies.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    expect(logs.some((line) => /rebuilt in \d+ ms: zukunft\.html/.test(line))).toBe(true);
  });

  it('lays content errors over the page with file:line:column, keeps serving, and clears them when fixed', async () => {
    edit('inklusion.md', (text) => text.replace('[[Partizipation|echter Beteiligung]]', '[[Partizpation|echter Beteiligung]]'));
    await events.next(reloadEvent((data) => data.problemsChanged), 10_000);
    const place = `${relative(process.cwd(), entryPath('inklusion.md'))}:10:1`;
    const page = await get('/inklusion.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="glossar-fehler" role="alert" lang="de">');
    expect(page.body).toContain('<h2>Der Inhalt enthält 1 Fehler</h2>');
    expect(page.body).toContain(`<li><code>${place}</code>  Cannot find glossary entry \`Partizpation\`; did you mean \`Partizipation\`?</li>`);
    expect(page.body).toContain('echter Beteiligung</a>'); // the last good page under the overlay
    expect((await get('/zukunft.html')).body).toContain('glossar-fehler');
    expect(logs.join('\n')).toContain(`${place}  error  Cannot find glossary entry \`Partizpation\``);

    edit('inklusion.md', (text) => text.replace('[[Partizpation|', '[[Partizipation|'));
    await events.next(reloadEvent((data) => data.problemsChanged), 10_000);
    expect((await get('/inklusion.html')).body).not.toContain('glossar-fehler');
    expect(logs).toContain('glossar dev: the content is valid again');
  });

  it('shows a print preview of A5 pages and the print document', async () => {
    const preview = await get('/_print');
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('<h1>Druckvorschau</h1>2 Seiten');
    expect(preview.body).toContain('data-always');
    if (preview.body.includes('seite-1.png')) expect((await get('/_print/seite-2.png')).type).toBe('image/png');
    else expect(preview.body).toContain('<iframe src="/_print/handbuch.pdf"');
    expect((await get('/_print/handbuch.pdf')).type).toBe('application/pdf');
    // The handbook's own print document, its stylesheet and images taken from the served site.
    const document = await get('/_print/dokument.html');
    expect(document.body).toContain('<link rel="stylesheet" href="print.css">');
    expect(document.body).toContain('<body class="handbook">');
    expect(document.body).toContain('<h3 id="begriff-inklusion" class="entry-title">');
    const image = /<img src="(\/assets\/images\/[0-9a-f]+\.png)"/.exec(document.body)?.[1];
    expect(image).toBeDefined();
    expect((await get(image!)).type).toBe('image/png');
    const css = await get('/_print/print.css');
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('@page');
    const font = /src:url\('(\/assets\/fonts\/[^']+\.woff2)'\)/.exec(css.body)?.[1];
    expect(font).toBeDefined();
    expect((await get(font!)).status).toBe(200);
    expect((await get('/_print/../package.json')).status).toBe(403);
    expect((await get('/_print/seite-99.png')).status).toBe(404);
  });
});

describe('glossar dev on content that has errors from the start', () => {
  it('keeps running and shows the errors on every page until there is a first good build', async () => {
    const dev = await startDevServer({ contentDir: fixture('missing-wiki-link'), drafts: true, port: 0, log: () => {}, watch: [] });
    try {
      const page = await rawGet(dev.port, '/');
      expect(page.status).toBe(503);
      expect(page.body).toContain('<h1>Noch keine Vorschau</h1>');
      expect(page.body).toContain('<h2>Der Inhalt enthält 2 Fehler</h2>');
      expect(page.body).toContain('missing-wiki-link/content/glossar/partizipation.md:5:6</code>  Cannot find glossary entry `Inklsion`; did you mean `Inklusion`?');
      expect((await rawGet(dev.port, '/_print')).status).toBe(503);
    } finally {
      await dev.close();
    }
  });
});

describe('glossar dev print preview with Chromium', () => {
  it.runIf(Boolean(findBrowser()))('prints the handbook as `build:pdf` does: A5 pages, the same page count and text', async () => {
    const dev = await startDevServer({ contentDir: fixture('valid'), drafts: true, port: 0, log: () => {}, watch: [] });
    const out = mkdtempSync(join(tmpdir(), 'glossar-dev-pdf-'));
    try {
      const preview = await rawGet(dev.port, '/_print');
      expect(preview.body).toMatch(/<h1>Druckvorschau<\/h1>\d+ Seiten · erzeugt in \d+ ms/);
      const shown = join(out, 'vorschau.pdf');
      writeFileSync(shown, (await rawGetBytes(dev.port, '/_print/handbuch.pdf')).body);
      const build = runCli(['build', '--only', 'pdf', '--content', fixture('valid'), '--out', out]);
      expect(build.status, build.stderr).toBe(0);
      const built = join(out, 'pdf', readdirSync(join(out, 'pdf')).find((name) => name.endsWith('.pdf') && !name.includes('broschuere'))!);
      const a5 = { width: 419.53, height: 595.28 };
      for (const size of pageSizes(shown)) expect(size).toEqual({ width: expect.closeTo(a5.width, 0), height: expect.closeTo(a5.height, 0) });
      const words = (file: string) => textPages(file).map((page) => page.words.map((word) => word.text).join(' '));
      expect(words(built).length).toBeGreaterThan(4);
      expect(words(shown)).toEqual(words(built));
    } finally {
      await dev.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('glossar dev command line', () => {
  it('checks --port', () => {
    const run = runCli(['dev', '--port', 'vier']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port must be a port number (0–65535), not `vier`');
    expect(runCli(['--help']).stdout).toContain('glossar dev [--content DIR] [--port PORT]');
  });
});
