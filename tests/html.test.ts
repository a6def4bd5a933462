// The HTML site built from the real content by the real CLI.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'glossar-html-'));
const site = join(out, 'html');
let stderr = '';

beforeAll(() => {
  const run = runCli(['build', '--only', 'html', '--out', out]);
  stderr = run.stderr;
  expect(run.status, run.stderr).toBe(0);
});

const read = (name: string) => readFileSync(join(site, name), 'utf8');
// A copy of ../shared/seed/000_9f24cf9bdbed0b9e.txt, the capture of the BKJ site the project started from.
const seed = readFileSync(join(import.meta.dirname, 'fixtures', 'seed', '000_9f24cf9bdbed0b9e.txt'), 'utf8');

describe('HTML site of the real content', () => {
  it('has one page per term of the seed list (26) plus index, news and Vorwort', () => {
    const seedTerms = seed.slice(seed.indexOf('» Glossar')).split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace('Qualitätstabelleau', 'Qualitätstableau'));
    expect(seedTerms).toHaveLength(26);
    const titles = readdirSync(site)
      .filter((name) => name.endsWith('.html') && !['index.html', 'nachrichten.html', 'vorwort.html'].includes(name))
      .map((name) => /<dfn>([^<]+)<\/dfn>/.exec(read(name))![1]!.replace('&#x26;', '&'));
    expect(titles.sort()).toEqual([...seedTerms].sort());
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'nachrichten.html'))).toBe(true);
    expect(existsSync(join(site, 'vorwort.html'))).toBe(true);
  });

  it('resolves every internal link and fragment', () => {
    const pages = readdirSync(site).filter((name) => name.endsWith('.html'));
    const ids = new Map(pages.map((name) => [name, new Set([...read(name).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))]));
    let checked = 0;
    for (const name of pages) {
      for (const [, href] of read(name).matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        const [path, fragment] = href!.split('#');
        const target = path || name;
        expect(existsSync(join(site, target)), `${name} → ${href}`).toBe(true);
        if (fragment && target.endsWith('.html')) expect(ids.get(target)?.has(fragment), `${name} → ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('carries the seed text of "Regionale Bildungsnetzwerke" word for word', () => {
    const start = seed.indexOf('2008 unterzeichneten');
    const paragraphs = seed.slice(start, seed.indexOf('BS 11/2012')).split('\n\n').map((text) => text.trim()).filter(Boolean);
    const html = read('regionale-bildungsnetzwerke.html');
    const rendered = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1]!.replaceAll('&#x26;', '&'));
    for (const paragraph of paragraphs) expect(rendered).toContain(paragraph);
    expect(html).toContain('BS · November 2012');
  });

  it('is German, has landmarks and a skip link, and loads nothing from the network', () => {
    const html = read('inklusion.html');
    expect(html).toMatch(/^<!doctype html>\n?<html lang="de">/);
    expect(html).toContain('<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>');
    expect(html).toContain('<main id="inhalt"');
    expect(html).toContain('<h2 id="siehe-auch">Siehe auch</h2>');
    expect(html).toContain('<h2 id="verweise">Verweise auf diesen Begriff</h2>');
    for (const name of readdirSync(site).filter((file) => file.endsWith('.html'))) expect(read(name)).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.bkj)/);
    expect(read('assets/style.css')).toContain("url('fonts/source-serif-4-latin-400-normal.woff2')");
    expect(existsSync(join(site, 'assets', 'fonts', 'source-serif-4-latin-400-normal.woff2'))).toBe(true);
  });

  it('lists the news newest first', () => {
    const dates = [...read('nachrichten.html').matchAll(/<time datetime="([^"]+)"/g)].map((match) => match[1]);
    expect(dates).toHaveLength(8);
    expect(dates[0]).toBe('2019-06-19');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('reports each stage with its time', () => {
    expect(stderr).toMatch(/glossar: load\+validate\s+\d+ ms/);
    expect(stderr).toMatch(/glossar: html site\s+\d+ ms/);
    expect(stderr).toMatch(/done: 26 entries \(25 drafts\), 8 news items, 1 page, 0 warnings/);
  });
});
