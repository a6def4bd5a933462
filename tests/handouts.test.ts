// The A4 handouts are printed in batches, each batch as one document, and cut into one PDF per
// term. These tests build a glossary of more terms than one batch holds, with a handout of
// several pages, footnotes, a table and a web link, and check that every handout is a whole
// tagged PDF of its own: its footer counts its own pages, it holds nothing of another handout
// (text, pages, structure), and its structure tree, parent tree and bookmarks fit its pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoutsPerPrint } from '../pipeline/render/pdf/handouts.ts';
import { fixture, runCli } from './helpers.ts';
import { catalog, flattenOutline, object, qpdfJson, resolve, text, textPages, type QpdfJson } from './helpers/pdf-inspect.ts';

const mm = 72 / 25.4;

interface Term {
  slug: string;
  title: string;
  /** A word only this term's text contains. */
  marker: string;
  headings: string[];
  body: string;
}

const sentence = 'Kulturelle Bildung in der Schule braucht Zeit, Räume und Menschen, die sie gemeinsam gestalten und dabei voneinander lernen.';
const paragraph = (count: number) => Array.from({ length: count }, () => sentence).join(' ');

function term(index: number, title: string, headings: string[] = [], extra = ''): Term {
  const marker = `Q${index}Q`;
  const sections = headings.map((heading) => `## ${heading}\n\n${paragraph(14)}\n\n${paragraph(10)}`).join('\n\n');
  return { slug: '', title, marker, headings, body: `Kennmarke ${marker}. ${paragraph(3)}\n\n${sections}\n\n${extra}` };
}

// Titles sort as listed; the long handout is the last, in the second batch.
const terms: Term[] = [
  term(0, 'Apparat', [], 'Mit Fußnote.[^1] Siehe [BKJ](https://www.bkj.de/).\n\n| Spalte A | Spalte B |\n| --- | --- |\n| eins | zwei |\n\n[^1]: Eine Anmerkung.'),
  ...Array.from({ length: handoutsPerPrint }, (_, index) => term(index + 1, `Begriff ${String(index + 1).padStart(3, '0')}`)),
  term(handoutsPerPrint + 1, 'Zusammenhang', ['Erster Abschnitt', 'Zweiter Abschnitt', 'Dritter Abschnitt', 'Vierter Abschnitt', 'Fünfter Abschnitt', 'Sechster Abschnitt', 'Siebter Abschnitt', 'Achter Abschnitt']),
].map((item) => ({ ...item, slug: item.title.toLowerCase().replace(/ /g, '-') }));

let content: string;
let out: string;
const file = (item: Term) => join(out, 'pdf', 'blaetter', `${item.slug}.pdf`);
const long = terms.at(-1)!;
const footnoted = terms[0]!;

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'glossar-handouts-content-'));
  mkdirSync(join(content, 'glossar'));
  writeFileSync(join(content, 'book.yaml'), readFileSync(join(fixture('valid'), 'book.yaml')));
  for (const item of terms) writeFileSync(join(content, 'glossar', `${item.slug}.md`), `---\ntitle: ${item.title}\nauthor: TV\ndate: 2024-05\n---\n\n${item.body}\n`);
  out = mkdtempSync(join(tmpdir(), 'glossar-handouts-out-'));
  const run = runCli(['build', '--only', 'pdf', '--content', content, '--out', out]);
  expect(run.status, run.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  for (const dir of [content, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every structure element below the structure root, by reference. */
function structureElements(json: QpdfJson): Map<string, Record<string, unknown>> {
  const elements = new Map<string, Record<string, unknown>>();
  const root = resolve(json, catalog(json)['/StructTreeRoot']);
  const visit = (kid: unknown) => {
    if (typeof kid !== 'string' || !kid.endsWith(' R') || elements.has(kid)) return;
    const element = object(json, kid);
    if (!('/S' in element)) return;
    elements.set(kid, element);
    const kids = element['/K'];
    for (const child of Array.isArray(kids) ? kids : [kids]) visit(child);
  };
  visit(root['/K']);
  return elements;
}

/** References of all objects of a type (`/Page`, `/StructElem`) in the file, reachable or not. */
function objectsOfType(json: QpdfJson, type: string): string[] {
  return Object.entries(json.qpdf[1])
    .filter(([key, entry]) => key.startsWith('obj:') && (entry.value as Record<string, unknown> | undefined)?.['/Type'] === type)
    .map(([key]) => key.slice(4));
}

describe('handouts printed in batches and cut apart', () => {
  it('are one PDF per term, across batches', () => {
    for (const item of terms) expect(() => readFileSync(file(item)), item.slug).not.toThrow();
    expect(readFileSync(join(out, 'print', 'blaetter-2.html'), 'utf8')).toContain(long.marker);
  });

  it('number the pages of each handout on their own: "Seite x von y" in the footer', () => {
    const pagesOfLong = textPages(file(long));
    expect(pagesOfLong.length).toBeGreaterThanOrEqual(3);
    for (const item of [footnoted, terms[1]!, long]) {
      const pages = textPages(file(item));
      pages.forEach((page, index) => {
        const footer = page.lines.filter((line) => line.top > page.height - 26 * mm).map((line) => line.text);
        expect(footer, `${item.slug} page ${index + 1}`).toEqual([`Mini-Glossar · Testverlag e. V. Seite ${index + 1} von ${pages.length}`]);
      });
    }
  });

  it('hold only their own text', () => {
    for (const item of [footnoted, terms[1]!, terms[handoutsPerPrint]!, long]) {
      const all = textPages(file(item)).map((page) => page.lines.map((line) => line.text).join(' ')).join(' ');
      expect(all).toContain(item.marker);
      for (const other of terms) if (other !== item) expect(all, `${item.slug} holds ${other.slug}`).not.toContain(`${other.marker}.`);
    }
  });

  it('have a structure tree of their own pages only, and a parent tree that fits it', () => {
    for (const item of [footnoted, terms[1]!, terms[handoutsPerPrint]!, long]) {
      const json = qpdfJson(file(item));
      const pages = json.pages.map((page) => page.object);
      // Nothing of another handout came along: no other pages, no structure elements outside the tree.
      expect(objectsOfType(json, '/Page').sort(), item.slug).toEqual([...pages].sort());
      const elements = structureElements(json);
      expect(objectsOfType(json, '/StructElem').sort()).toEqual([...elements.keys()].sort());
      expect(catalog(json)['/MarkInfo']).toMatchObject({ '/Marked': true });
      expect(text(catalog(json)['/Lang'])).toBe('de');
      const root = resolve(json, catalog(json)['/StructTreeRoot']);
      expect(object(json, root['/K'])['/S']).toBe('/Document');

      for (const element of elements.values()) {
        if (element['/Pg'] !== undefined) expect(pages).toContain(element['/Pg']);
        const kids = element['/K'];
        for (const kid of Array.isArray(kids) ? kids : [kids]) {
          if (kid && typeof kid === 'object' && '/Pg' in kid) expect(pages).toContain((kid as Record<string, unknown>)['/Pg']);
        }
      }
      // Every page and annotation has its own key in the parent tree, and every element named there is in the tree.
      const nums = resolve(json, root['/ParentTree'])['/Nums'] as unknown[];
      const keys = new Map<number, unknown>();
      for (let index = 0; index < nums.length; index += 2) keys.set(nums[index] as number, nums[index + 1]);
      const owners: unknown[] = [];
      for (const page of pages) {
        owners.push(object(json, page)['/StructParents']);
        for (const annotation of (object(json, page)['/Annots'] as unknown[] | undefined) ?? []) owners.push(resolve(json, annotation)['/StructParent']);
      }
      expect([...keys.keys()].sort((a, b) => a - b)).toEqual(owners.map(Number).sort((a, b) => a - b));
      expect(root['/ParentTreeNextKey']).toBe(Math.max(...keys.keys()) + 1);
      for (const value of keys.values()) {
        const named = typeof value === 'string' && value.endsWith(' R') && !('/S' in object(json, value)) ? (json.qpdf[1][`obj:${value}`]?.value as unknown[]) : [value];
        for (const element of named) if (element !== null) expect(elements.has(String(element)), `${item.slug}: ${String(element)}`).toBe(true);
      }
    }
  });

  it('keep the table\'s header ids, the footnote link and the web link of their pages', () => {
    const json = qpdfJson(file(footnoted));
    const elements = structureElements(json);
    const ids = resolve(json, resolve(json, catalog(json)['/StructTreeRoot'])['/IDTree'])['/Names'] as unknown[];
    expect(ids.length).toBeGreaterThan(0);
    for (let index = 1; index < ids.length; index += 2) expect(elements.has(String(ids[index]))).toBe(true);
    const annotations = json.pages.flatMap((page) => (object(json, page.object)['/Annots'] as unknown[] | undefined) ?? []).map((annotation) => resolve(json, annotation));
    expect(annotations.some((annotation) => text(resolve(json, annotation['/A'])['/URI']).startsWith('https://www.bkj.de'))).toBe(true);
    // Chromium names destinations in a /Dests dictionary; every internal link must find its own.
    const destinations = resolve(json, catalog(json)['/Dests']);
    const internal = annotations.map((annotation) => annotation['/Dest'] ?? resolve(json, annotation['/A'])['/D']).filter((dest) => typeof dest === 'string');
    expect(internal.length).toBeGreaterThan(0);
    const pages = json.pages.map((page) => page.object);
    for (const name of internal) {
      const key = String(name).startsWith('/') ? String(name) : `/${text(name)}`;
      expect(pages).toContain((resolve(json, destinations[key]) as unknown as unknown[])[0]);
    }
  });

  it('have bookmarks of their own headings only', () => {
    for (const item of [footnoted, terms[1]!, long]) {
      const outline = flattenOutline(qpdfJson(file(item)).outlines);
      // Footnotes come under a heading of their own (document-to-hast.ts).
      const headings = item === footnoted ? ['Anmerkungen'] : item.headings;
      expect(outline.map((entry) => [entry.title, entry.depth])).toEqual([[item.title, 0], ...headings.map((heading) => [heading, 1])]);
      const pages = textPages(file(item)).length;
      for (const entry of outline) {
        expect(entry.page).toBeGreaterThanOrEqual(1);
        expect(entry.page).toBeLessThanOrEqual(pages);
      }
    }
  });

  it('do not carry the other pages of their batch', () => {
    const batch = readFileSync(join(out, 'print', 'blaetter-1.html'), 'utf8');
    expect(batch).toContain(terms[1]!.marker);
    // A one-page handout must not carry the other pages of its batch: they would weigh far more.
    const sizes = [footnoted, terms[1]!, terms[2]!].map((item) => readFileSync(file(item)).length);
    const longSize = readFileSync(file(long)).length;
    for (const size of sizes) expect(size).toBeLessThan(longSize);
    expect(execFileSync('qpdf', ['--check', file(long)], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });
});
