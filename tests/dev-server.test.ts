// `glossar dev`: serves the site on 127.0.0.1 only, refuses everything outside it, reloads open
// pages after a save, lays content errors over the page until they are fixed, and shows a print
// preview. Every wait has a deadline; the server is closed in afterAll.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PDFDocument, PageSizes } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../pipeline/browser/find-browser.ts';
import { startDevServer, type DevServer } from '../pipeline/dev/dev-server.ts';
import { requestPath } from '../pipeline/dev/request-path.ts';
import { openEvents, rawGet, type EventStream, type ServerEvent } from './dev-events.ts';
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
    const document = await get('/_print/dokument.html');
    expect(document.body).toContain('@page');
    expect(document.body).toContain('<article class="entry" id="inklusion"><h3>Inklusion</h3>');
    expect(document.body).toContain('<a href="#partizipation">echter Beteiligung</a>');
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
  it.runIf(Boolean(findBrowser()))('prints the provisional print document to PDF', async () => {
    const dev = await startDevServer({ contentDir: fixture('valid'), drafts: true, port: 0, log: () => {}, watch: [] });
    try {
      const preview = await rawGet(dev.port, '/_print');
      expect(preview.body).toMatch(/<h1>Druckvorschau<\/h1>\d+ Seiten · erzeugt in \d+ ms/);
      const pdf = await rawGet(dev.port, '/_print/handbuch.pdf');
      expect(pdf.body.startsWith('%PDF-')).toBe(true);
    } finally {
      await dev.close();
    }
  }, 120_000);
});

describe('glossar dev command line', () => {
  it('checks --port', () => {
    const run = runCli(['dev', '--port', 'vier']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port must be a port number (0–65535), not `vier`');
    expect(runCli(['--help']).stdout).toContain('glossar dev [--content DIR] [--port PORT]');
  });
});
