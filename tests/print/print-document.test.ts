import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../pipeline/load/load-book.ts';
import type { Book } from '../../pipeline/model.ts';
import { firstNumbers, printDocument, registerDocument } from '../../pipeline/render/print/print-document.ts';

let book: Book;

beforeAll(async () => {
  const result = await loadBook({ contentDir: 'content', drafts: true });
  book = result.book!;
});

describe('the print document of the real content', () => {
  it('has the parts in order: title pages, contents, Vorwort, glossary, news, and the register to append', () => {
    const { tree, structure } = printDocument(book, firstNumbers(book));
    expect(structure.parts.map((part) => part.id)).toEqual(['teil-inhalt', 'seite-vorwort', 'teil-glossar', 'teil-nachrichten', 'teil-register']);
    expect(selectAll('h1', tree).map((heading) => toString(heading))).toEqual([
      book.meta.title,
      'Inhalt',
      'Vorwort',
      'Glossar A–Z',
      'Nachrichten zu Kultur und Schule',
    ]);
    expect(structure.parts.at(-1)).toMatchObject({ id: 'teil-register', appended: true });
    // The contents link to a stand-in at the end until the register is appended.
    expect(select('body', tree)!.children.at(-1)).toMatchObject({ properties: { id: 'teil-register' } });
  });

  it('prints the register on its own, with a target for each of its links', () => {
    const numbers = firstNumbers(book);
    const tree = registerDocument(book, numbers);
    expect(selectAll('h1', tree).map((heading) => toString(heading))).toEqual(['Register']);
    const ids = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
    const links = selectAll('a[href^="#"]', tree).map((link) => String(link.properties.href).slice(1));
    expect(links.length).toBeGreaterThan(book.entries.length);
    for (const id of links) expect(ids.has(id), id).toBe(true);
    for (const entry of book.entries) expect(toString(tree)).toContain(entry.title);
  });

  it('gives every link a target in the document, and no id twice', () => {
    const { tree } = printDocument(book, firstNumbers(book));
    const ids = selectAll('[id]', tree).map((element) => String(element.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
    const missing = selectAll('a[href^="#"]', tree).map((link) => String(link.properties.href).slice(1)).filter((id) => !ids.includes(id));
    expect(missing).toEqual([]);
  });

  it('points each mention at its own block anchor inside the heading it mentions', () => {
    const { tree, structure } = printDocument(book, firstNumbers(book));
    const mentions = selectAll('a.xref[id^="verweis-"]', tree);
    expect(mentions.length).toBe(structure.mentions.length);
    expect(mentions.length).toBeGreaterThan(60);
    for (const link of mentions) {
      const index = String(link.properties.id).slice('verweis-'.length);
      expect(link.properties.href).toBe(`#ziel-${index}`);
      const heading = selectAll('h3, h4, h5, h6', tree).find((candidate) => select(`#ziel-${index}`, candidate));
      expect(heading, `anchor of verweis-${index}`).toBeDefined();
      const slug = structure.mentions[Number(index)]!;
      expect(heading!.properties.id === `begriff-${slug}` || String(heading!.properties.id).startsWith(`${slug}--`)).toBe(true);
    }
  });

  it('prints the measured page after each mention and in the contents', () => {
    const { structure } = printDocument(book, firstNumbers(book));
    const labels = new Map([
      ['ziel-0', '12'],
      [`begriff-${structure.entries[0]!.slug}`, '3'],
    ]);
    const { tree } = printDocument(book, { ...firstNumbers(book), labels, blankBefore: new Set(['teil-glossar']) });
    expect(toString(select('#verweis-0', tree)!)).toMatch(/\(S\.\u202F12\)$/);
    const line = selectAll('.toc-entry a', tree)[0]!;
    expect(toString(line)).toBe(`${structure.entries[0]!.title}3`);
    // Before the first render a placeholder as wide as two digits stands in.
    expect(toString(select('#verweis-1', tree)!)).toMatch(/\(S\.\u202F00\)$/);
    const glossary = selectAll('section.part', tree).find((part) => select('#teil-glossar', part))!;
    const body = select('body', tree)!;
    expect(body.children[body.children.indexOf(glossary) - 1]).toMatchObject({ properties: { className: ['blank-page'] } });
  });

  it('hyphenates running text but never headings', () => {
    const { tree } = printDocument(book, firstNumbers(book));
    for (const heading of selectAll('h1, h2, h3, h4, h5, h6', tree)) expect(toString(heading)).not.toContain('\u00AD');
    expect(toString(select('.entry-body', tree)!)).toContain('\u00AD');
    const seed = selectAll('article.entry', tree).find((article) => toString(select('h3', article)!) === 'Regionale Bildungsnetzwerke')!;
    expect(toString(seed)).toContain('Ko\u00ADope\u00ADra\u00ADti\u00ADons\u00ADver\u00ADein\u00ADba\u00ADrung');
  });

  it('hyphenates only the very long words of the names in the register (set ragged, in half-page columns)', () => {
    const long = 'Kooperationsvereinbarungsverfahren';
    const [first, ...rest] = book.entries;
    const tree = registerDocument({ ...book, entries: [{ ...first!, title: `Regionale ${long}` }, ...rest] }, firstNumbers(book));
    const names = selectAll('.register-name', tree).map((name) => toString(name));
    expect(names).toContain('Regionale Ko\u00ADope\u00ADra\u00ADti\u00ADons\u00ADver\u00ADein\u00ADba\u00ADrungs\u00ADver\u00ADfah\u00ADren');
    expect(names).toContain('Qualitätsentwicklung');
    expect(names.filter((name) => name.includes('\u00AD'))).toHaveLength(1);
    for (const heading of selectAll('h1, h2, h3, h4, h5, h6', tree)) expect(toString(heading)).not.toContain('\u00AD');
  });
});
