// Issue #6 §1, hostile HTML: scripts, frames, handlers, refreshes, remote styles and images in
// content survive into no output (site, print document, PDF, EPUB), and nothing they name is
// ever requested: a local HTTP server stands in for "the network" and must see zero requests.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers.ts';

let server: Server;
const requests: string[] = [];
let out: string;
let stderr: string;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const content = mkdtempSync(join(tmpdir(), 'glossar-hostile-'));
  mkdirSync(join(content, 'glossar'));
  writeFileSync(join(content, 'book.yaml'), readFileSync(join(fixture('valid'), 'book.yaml')));
  writeFileSync(join(content, 'glossar', 'bild.png'), readFileSync(join(fixture('valid'), 'bilder', 'klasse.png')));
  const hostile = [
    'Vorher.',
    `<script>fetch('${base}/script')</script>`,
    `<iframe src="${base}/iframe"></iframe>`,
    `<object data="${base}/object"></object>`,
    `<img src="bild.png" alt="Bild" onerror="fetch('${base}/onerror')">`,
    `<a href="javascript:fetch('${base}/javascript')">klick</a>`,
    `<meta http-equiv="refresh" content="0;url=${base}/refresh">`,
    `<link rel="stylesheet" href="${base}/stylesheet.css">`,
    `<p style="background:url(${base}/style-url.png)">Gestylt</p>`,
    `![Fernes Bild](${base}/remote.png)`,
    `<svg><image href="${base}/svg-image"/></svg>`,
    'Nachher.',
  ].join('\n\n');
  writeFileSync(join(content, 'glossar', 'inklusion.md'), `---\ntitle: Inklusion\n---\n\n${hostile}\n`);
  out = mkdtempSync(join(tmpdir(), 'glossar-hostile-out-'));
  const run = runCli(['build', '--content', content, '--out', out]);
  stderr = run.stderr;
  expect(run.status, run.stderr).toBe(0);
}, 300_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const forbidden = ['<script', '<iframe', '<object', 'onerror', 'javascript:', 'http-equiv', '<link rel="stylesheet" href="http', 'style-url', '<svg', '127.0.0.1'];

function expectClean(name: string, text: string) {
  for (const word of forbidden) expect(text.includes(word), `${name} contains ${word}`).toBe(false);
}

describe('hostile content through every output', () => {
  it('made no request to the network stand-in', () => {
    expect(requests).toEqual([]);
  });

  it('told the editor what was removed', () => {
    expect(stderr).toContain('warning  Raw HTML `<script>` is not allowed in content and is removed');
    expect(stderr).toContain('warning  Remote image');
  });

  it('left nothing active in the site and the print document', () => {
    const site = readFileSync(join(out, 'html', 'inklusion.html'), 'utf8');
    expect(site).toContain('Vorher.');
    expect(site).toContain('Nachher.');
    expectClean('html/inklusion.html', site);
    const printFiles = readdirSync(join(out, 'print'), { recursive: true }).map(String).filter((name) => name.endsWith('.html'));
    expect(printFiles.length).toBeGreaterThan(0);
    for (const name of printFiles) expectClean(`print/${name}`, readFileSync(join(out, 'print', name), 'utf8'));
  });

  it('left nothing active in the EPUB', async () => {
    const epubDir = join(out, 'epub');
    const zip = await JSZip.loadAsync(readFileSync(join(epubDir, readdirSync(epubDir).find((name) => name.endsWith('.epub'))!)));
    const documents = Object.keys(zip.files).filter((name) => name.endsWith('.xhtml'));
    expect(documents.length).toBeGreaterThan(3);
    let sawText = false;
    for (const name of documents) {
      const text = await zip.file(name)!.async('string');
      sawText ||= text.includes('Nachher.');
      expectClean(name, text);
    }
    expect(sawText).toBe(true);
  });

  it('left no link annotation to the outside in the PDFs', () => {
    const pdf = readFileSync(join(out, 'pdf', 'mini-glossar.pdf')).toString('latin1');
    expect(pdf).not.toContain('127.0.0.1');
    expect(pdf).not.toMatch(/\/JavaScript|\/JS\s/);
  });
});
