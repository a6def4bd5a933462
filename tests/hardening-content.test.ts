// Issue #6 §1: broken and hostile content. Every case runs the real CLI on a content folder
// written by the test; failing cases must name file:line:column and leave the previous output
// byte for byte as it was.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, snapshotTree } from './helpers.ts';

type Files = Record<string, string | Buffer>;

const bookYaml = readFileSync(join(fixture('valid'), 'book.yaml'));
const entry = (title: string, body = 'Text.', extra = '') => `---\ntitle: ${title}\n${extra}---\n\n${body}\n`;
const partizipation = entry('Partizipation', 'Beteiligung und [[Inklusion]].');

function writeContent(files: Files, withBook = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossar-case-'));
  const all: Files = withBook ? { 'book.yaml': bookYaml, ...files } : files;
  for (const [path, data] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

let previousOutput: string;
let previousSnapshot: Record<string, string>;

beforeAll(() => {
  previousOutput = mkdtempSync(join(tmpdir(), 'glossar-previous-'));
  const run = runCli(['build', '--only', 'html', '--content', fixture('valid'), '--out', previousOutput]);
  expect(run.status, run.stderr).toBe(0);
  previousSnapshot = snapshotTree(previousOutput);
});

function expectRefused(files: Files, expected: string[], options: { withBook?: boolean } = {}) {
  const content = writeContent(files, options.withBook ?? true);
  const started = Date.now();
  const run = runCli(['build', '--only', 'html', '--content', content, '--out', previousOutput]);
  expect(run.status, run.stderr).toBe(1);
  expect(Date.now() - started).toBeLessThan(20_000);
  for (const text of expected) expect(run.stderr).toContain(text);
  expect(snapshotTree(previousOutput)).toEqual(previousSnapshot);
  return run;
}

function expectBuilt(files: Files, options: { withBook?: boolean } = {}) {
  const content = writeContent(files, options.withBook ?? true);
  const out = mkdtempSync(join(tmpdir(), 'glossar-out-'));
  const run = runCli(['build', '--only', 'html', '--content', content, '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  return { run, site: join(out, 'html'), read: (name: string) => readFileSync(join(out, 'html', name), 'utf8') };
}

describe('YAML problems', () => {
  it('syntax error', () => {
    expectRefused({ 'glossar/inklusion.md': '---\ntitle: Inklusion\naliases: [a, b\n---\n' }, ['glossar/inklusion.md:3:', 'error  Front matter is not valid YAML', 'yaml-syntax']);
  });
  it('tab-indented block', () => {
    expectRefused({ 'glossar/inklusion.md': '---\ntitle: Inklusion\nsee:\n\t- Partizipation\n---\n', 'glossar/partizipation.md': partizipation }, ['glossar/inklusion.md:4:1  error  Front matter is not valid YAML: Tabs are not allowed as indentation']);
  });
  it('a list where a string belongs', () => {
    expectRefused({ 'glossar/inklusion.md': '---\ntitle:\n  - Inklusion\n  - Teilhabe\n---\n' }, ['glossar/inklusion.md:3:3  error  `title` must be text, not a list  invalid-type']);
  });
  it('a date that is not one', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', 'Text.', 'date: 2012-13\n') }, ['glossar/inklusion.md:3:7  error  `date` must be a real date']);
  });
  it('front matter never closed', () => {
    expectRefused({ 'glossar/inklusion.md': '---\ntitle: Inklusion\n\nText.\n' }, ['glossar/inklusion.md:1:1  error  Front matter starts with `---` but is never closed']);
  });
  it('a byte order mark before --- just works', () => {
    const { read } = expectBuilt({ 'glossar/inklusion.md': `\uFEFF${entry('Inklusion')}` });
    expect(read('inklusion.html')).toContain('<dfn>Inklusion</dfn>');
  });
});

describe('encoding', () => {
  it('not UTF-8: names the byte offset', () => {
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Gl'), Buffer.from([0xfc]), Buffer.from('ck\n---\n')]);
    expectRefused({ 'glossar/glueck.md': latin1 }, ['glossar/glueck.md:2:10  error  File is not valid UTF-8: byte 13 (0xfc)']);
  });
  it('CRLF line endings just work, links included', () => {
    const crlf = (text: string) => text.replaceAll('\n', '\r\n');
    const { read } = expectBuilt({ 'glossar/inklusion.md': crlf(entry('Inklusion', 'Mit [[Partizipation]].', 'see: [Partizipation]\n')), 'glossar/partizipation.md': crlf(partizipation) });
    expect(read('inklusion.html')).toContain('<a href="partizipation.html">Partizipation</a>');
  });
  it('NUL bytes', () => {
    expectRefused({ 'glossar/inklusion.md': `${entry('Inklusion', 'ab\u0000cd')}` }, ['glossar/inklusion.md:5:3  error  File contains a NUL byte']);
  });
  it('a 0-byte file', () => {
    expectRefused({ 'glossar/leer.md': '' }, ['glossar/leer.md:1:1  error  File is empty: it needs front matter with at least a `title`']);
  });
  it('a 5 MB entry builds', () => {
    const paragraph = 'Die Kooperationsvereinbarung verbindet Schule und Kultur in der Region. '.repeat(40);
    const body = Array.from({ length: Math.ceil(5_000_000 / paragraph.length) }, () => paragraph).join('\n\n');
    const { read } = expectBuilt({ 'glossar/gross.md': entry('Groß', body) });
    expect(read('gross.html').length).toBeGreaterThan(5_000_000);
  });
  it('file names with spaces and umlauts get ASCII slugs', () => {
    const { read } = expectBuilt({ 'glossar/Ästhetik und Kunst.md': entry('Ästhetik und Kunst'), 'glossar/inklusion.md': entry('Inklusion', '[Ä](%C3%84sthetik%20und%20Kunst.md)') });
    expect(read('aesthetik-und-kunst.html')).toContain('<dfn>Ästhetik und Kunst</dfn>');
    expect(read('inklusion.html')).toContain('href="aesthetik-und-kunst.html"');
  });
});

describe('structure', () => {
  it('an empty content folder', () => {
    expectRefused({}, ['book.yaml:1:1  error  Missing `book.yaml`'], { withBook: false });
  });
  it('a missing book.yaml', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion') }, ['book.yaml:1:1  error  Missing `book.yaml`'], { withBook: false });
  });
  it('non-Markdown files in glossar/ are ignored with a warning', () => {
    const { run } = expectBuilt({ 'glossar/inklusion.md': entry('Inklusion'), 'glossar/notizen.txt': 'x', 'glossar/bild.png': 'x' });
    expect(run.stderr).toContain('glossar/notizen.txt  warning  Not a Markdown file (`.md`); ignored  not-markdown');
  });
  it('duplicate slugs through file names that slugify alike', () => {
    expectRefused({ 'glossar/Inklusion.md': entry('Inklusion'), 'glossar/inklusion.md': entry('Inklusion 2') }, ['glossar/inklusion.md:1:1  error  Slug `inklusion` is already used by']);
  });
  it('an alias equal to another title', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', 'Text.', 'aliases: [Partizipation]\n'), 'glossar/partizipation.md': partizipation }, ['glossar/inklusion.md:3:11  error  Alias `Partizipation` is already the title of']);
  });
  it('a slug the site needs for its own pages', () => {
    expectRefused({ 'glossar/index.md': entry('Index'), 'seiten/inklusion.md': entry('Inklusion'), 'glossar/inklusion.md': entry('Inklusion 2') }, [
      'glossar/index.md:1:1  error  File name gives the slug `index`, which the site uses for its own page `index.html`; rename the file  reserved-slug',
      'seiten/inklusion.md:1:1  error  Page slug `inklusion` is also a glossary entry\'s; rename the page  duplicate-slug',
    ]);
  });
  it('a see-also cycle is fine', () => {
    const { read } = expectBuilt({ 'glossar/inklusion.md': entry('Inklusion', 'Text.', 'see: [Partizipation]\n'), 'glossar/partizipation.md': entry('Partizipation', 'Text.', 'see: [Inklusion]\n') });
    expect(read('inklusion.html')).toContain('Verweise auf diesen Begriff');
  });
  it('a self-link is a warning', () => {
    const { run } = expectBuilt({ 'glossar/inklusion.md': entry('Inklusion', 'Siehe [[Inklusion]].') });
    expect(run.stderr).toContain('glossar/inklusion.md:5:7  warning  Entry links to itself');
  });
  it('2,000 entries build', () => {
    const files: Files = {};
    for (let index = 0; index < 2000; index++) {
      files[`glossar/begriff-${index}.md`] = entry(`Begriff ${index}`, `Verwandt mit [[Begriff ${(index + 1) % 2000}]] und [[Begriff ${(index * 7) % 2000}]].`);
    }
    const { site } = expectBuilt(files);
    expect(readdirSync(site).filter((name) => name.startsWith('begriff-'))).toHaveLength(2000);
  });
});

describe('links and media', () => {
  it('a wiki link to nothing, with a suggestion', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', 'Siehe [[Partizpation]].'), 'glossar/partizipation.md': partizipation }, ['glossar/inklusion.md:5:7  error  Cannot find glossary entry `Partizpation`; did you mean `Partizipation`?']);
  });
  it('a relative link out of the content folder is refused', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', '[Passwörter](../../etc/passwd)') }, ['glossar/inklusion.md:5:1  error  Link `../../etc/passwd` points outside the content folder']);
  });
  it('a missing image', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', '![Foto](foto.png)') }, ['glossar/inklusion.md:5:1  error  Cannot find image `foto.png`']);
  });
  it('an image that is not one', () => {
    expectRefused({ 'glossar/inklusion.md': entry('Inklusion', '![Foto](foto.png)'), 'glossar/foto.png': 'Ich bin Text.' }, ['glossar/inklusion.md:5:1  error  `foto.png` is not an image']);
  });
  it('remote images and stylesheets are never fetched', () => {
    const body = '![Logo](http://127.0.0.1:9/logo.png)\n\n<link rel="stylesheet" href="http://127.0.0.1:9/x.css">\n\n<p style="background:url(http://127.0.0.1:9/bg.png)">Text</p>';
    const { run, read } = expectBuilt({ 'glossar/inklusion.md': entry('Inklusion', body) });
    expect(run.stderr).toContain('glossar/inklusion.md:5:1  warning  Remote image `http://127.0.0.1:9/logo.png` is not fetched');
    expect(run.stderr).toContain('warning  Raw HTML `<link>` is not allowed in content and is removed');
    expect(run.stderr).toContain('warning  `style` attribute on `<p>` is removed');
    expect(read('inklusion.html')).not.toContain('127.0.0.1');
  });
});

describe('hostile HTML never reaches the site', () => {
  it('removes every active element and attribute', () => {
    const hostile = [
      '<script>alert("x")</script>',
      '<iframe src="https://example.org"></iframe>',
      '<object data="evil.swf"></object>',
      '<img src="x.png" onerror="alert(1)">',
      '<a href="javascript:alert(1)">klick</a>',
      '<meta http-equiv="refresh" content="0;url=https://example.org">',
    ].join('\n\n');
    const { read } = expectBuilt({ 'glossar/inklusion.md': entry('Inklusion', hostile), 'glossar/x.png': Buffer.from('89504e470d0a1a0a0000', 'hex') });
    const html = read('inklusion.html');
    for (const forbidden of ['<script', 'alert', '<iframe', '<object', 'onerror', 'javascript:', 'http-equiv', 'example.org']) expect(html).not.toContain(forbidden);
  });
});

