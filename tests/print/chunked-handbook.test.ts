// The handbook printed in chunks (print-chunks.ts, join-prints.ts) must be the handbook printed
// whole: the same words at the same places on every page (running heads and folios included),
// the same structure tree, bookmarks and named destinations. A generated glossary of 80 terms is
// rendered twice, once in one print and once cut into pieces of about twelve pages (some starting
// on a left-hand page, some inside a letter), its register a page at a time and its running heads
// and page numbers 40 pages at a time, and the two PDFs are compared with poppler and qpdf.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { loadBook } from '../../pipeline/load/load-book.ts';
import { createLog } from '../../pipeline/log.ts';
import { renderHandbook, type Handbook } from '../../pipeline/render/pdf/handbook.ts';
import { loadPdf } from '../../pipeline/render/pdf/pdf-io.ts';
import { readLayout } from '../../pipeline/render/pdf/read-layout.ts';
import type { Layout } from '../../pipeline/render/print/layout.ts';
import { writePrintAssets } from '../../pipeline/render/print/print-assets.ts';
import { catalog, flattenOutline, qpdfJson, resolve, textPages, type QpdfJson, type TextPage } from '../helpers/pdf-inspect.ts';

let dir: string;
const runs: Record<'whole' | 'chunked', { handbook: Handbook; file: string; pages: TextPage[]; json: QpdfJson; layout: Layout; printed: string[]; furniture: string[]; register: string[]; whole: boolean; warnings: string[] }> = {} as never;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossar-chunks-'));
  await generateCorpus({ entries: 80, seed: 1, dir: join(dir, 'content') });
  const book = (await loadBook({ contentDir: join(dir, 'content'), drafts: true })).book!;
  await withTestBrowser(dir, async (session) => {
    for (const [name, pagesPerPrint, furniturePagesPerPrint, registerPagesPerPrint] of [['whole', 100_000, 100_000, 100_000], ['chunked', 12, 40, 1]] as const) {
      const printDir = join(dir, name);
      await writePrintAssets(printDir, book);
      const warnings: string[] = [];
      const handbook = await renderHandbook(book, session, printDir, { log: createLog(() => {}), warn: (text) => warnings.push(text) }, { pagesPerPrint, furniturePagesPerPrint, registerPagesPerPrint, freshTabsFromPages: pagesPerPrint });
      const file = join(dir, `${name}.pdf`);
      await writeFile(file, handbook.pdf);
      const documents = (await readdir(printDir)).filter((file) => /^handbuch-\d+\.html$/.test(file)).sort();
      const printed = await Promise.all(documents.map((file) => readFile(join(printDir, file), 'utf8')));
      const furniture = (await readdir(printDir)).filter((file) => /^kolumnen(-\d+)?\.html$/.test(file));
      const register = (await readdir(printDir)).filter((file) => /^register(-\d+)?\.html$/.test(file)).sort();
      const whole = (await readdir(printDir)).includes('handbuch.html');
      runs[name] = { handbook, file, pages: textPages(file), json: qpdfJson(file), layout: readLayout(await loadPdf(handbook.pdf)), printed, furniture, register, whole, warnings };
    }
  });
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The structure elements below the structure root as an indented outline of their types. */
function structureShape(json: QpdfJson): string[] {
  const lines: string[] = [];
  const visit = (kid: unknown, depth: number) => {
    const element = resolve(json, kid);
    if (typeof element !== 'object' || !('/S' in element)) return; // marked content and annotations: where they fall depends on the page
    lines.push(`${' '.repeat(depth)}${String(element['/S'])}`);
    const kids = element['/K'];
    for (const child of Array.isArray(kids) ? kids : [kids]) visit(child, depth + 1);
  };
  visit(resolve(json, catalog(json)['/StructTreeRoot'])['/K'], 0);
  return lines;
}

describe('the handbook printed in chunks', () => {
  it('was printed in several pieces, and the whole one in one (both leave the whole document to look into)', () => {
    expect(runs.whole.handbook.prints).toBe(runs.whole.handbook.renders);
    expect(runs.chunked.handbook.prints).toBeGreaterThanOrEqual(4);
    expect(runs.chunked.printed.length).toBe(runs.chunked.handbook.prints);
    expect(runs.chunked.whole).toBe(true);
    expect(runs.chunked.warnings).toEqual([]);
  });

  it('was cut inside the glossary too, and some pieces start on a left-hand page', () => {
    expect(runs.chunked.printed.filter((html) => html.includes('print-continues')).length).toBeGreaterThanOrEqual(2);
    expect(runs.chunked.printed.some((html) => /<body class="handbook turned-pages[ "]/.test(html))).toBe(true);
  });

  it('printed the register in pieces too, cut where its screen layout starts a page', () => {
    expect(runs.whole.register).toEqual(['register.html']);
    expect(runs.chunked.register.length).toBeGreaterThanOrEqual(3);
    expect(runs.chunked.register).toContain('register-2.html');
  });

  it('has the same pages, with the same words at the same places (running heads and page numbers printed in pieces too)', () => {
    expect(runs.whole.furniture).toEqual(['kolumnen.html']);
    expect(runs.chunked.furniture.length).toBe(Math.ceil(runs.whole.pages.length / 40));
    expect(runs.chunked.pages.length).toBe(runs.whole.pages.length);
    runs.whole.pages.forEach((page, index) => {
      const other = runs.chunked.pages[index]!;
      expect(other.words.map((word) => word.text), `page ${index + 1}`).toEqual(page.words.map((word) => word.text));
      page.words.forEach((word, at) => {
        expect(Math.abs(other.words[at]!.xMin - word.xMin), `page ${index + 1}: ${word.text}`).toBeLessThan(0.1);
        expect(Math.abs(other.words[at]!.yMin - word.yMin), `page ${index + 1}: ${word.text}`).toBeLessThan(0.1);
      });
    });
  });

  it('has the same named destinations, on the same pages at the same heights', () => {
    expect(runs.whole.layout.destinations.size).toBeGreaterThan(100);
    expect([...runs.chunked.layout.destinations.keys()].sort()).toEqual([...runs.whole.layout.destinations.keys()].sort());
    for (const [id, at] of runs.whole.layout.destinations) {
      expect(runs.chunked.layout.destinations.get(id)?.page, id).toBe(at.page);
      expect(Math.abs(runs.chunked.layout.destinations.get(id)!.top - at.top), id).toBeLessThan(0.1);
    }
  });

  it('has the same links, pointing at the same names', () => {
    const links = (layout: Layout) => layout.links.map((link) => `${link.page} ${link.destination}`).sort();
    expect(runs.whole.layout.links.length).toBeGreaterThan(100);
    const whole = links(runs.whole.layout);
    const chunked = links(runs.chunked.layout);
    expect(chunked).toEqual(whole);
  });

  it('has one structure tree of the same shape: letters cut open are joined again', () => {
    const shape = structureShape(runs.whole.json);
    expect(shape.length).toBeGreaterThan(500);
    expect(structureShape(runs.chunked.json)).toEqual(shape);
  });

  it('has the same bookmarks, nested the same way, pointing at the same pages', () => {
    const outline = flattenOutline(runs.whole.json.outlines);
    expect(outline.length).toBeGreaterThan(30);
    expect(flattenOutline(runs.chunked.json.outlines)).toEqual(outline);
  });
});
