// Where the print document is cut into chunks, and what each chunk holds (print-chunks.ts).
// Pure: layouts and documents are made up here; chunked-handbook.test.ts prints real ones.
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Destination, Layout } from '../../pipeline/render/print/layout.ts';
import { chooseCuts, splitPrintDocument } from '../../pipeline/render/print/print-chunks.ts';

function layout(pageCount: number, destinations: Record<string, Destination>): Layout {
  return { pageCount, destinations: new Map(Object.entries(destinations)), links: [] };
}

describe('chooseCuts', () => {
  const candidates = [
    { id: 'teil-glossar', forced: true },
    { id: 'buchstabe-b', forced: false },
    { id: 'begriff-c', forced: false },
    { id: 'begriff-d', forced: false },
    { id: 'teil-nachrichten', forced: true },
  ];

  it('cuts only before headings that open a page (a part opens one whatever its top margin)', () => {
    const cuts = chooseCuts(layout(100, {
      'teil-glossar': { page: 10, top: 39.7 },
      'buchstabe-b': { page: 30, top: 120 },
      'begriff-c': { page: 40, top: 0 },
      'begriff-d': { page: 55, top: 12 },
      'teil-nachrichten': { page: 70, top: 39.7 },
    }), candidates, 10);
    expect(cuts).toEqual(['teil-glossar', 'begriff-c', 'teil-nachrichten']);
  });

  it('leaves at least `pagesPerPrint` pages between cuts, and no short last piece', () => {
    const at = layout(100, {
      'teil-glossar': { page: 10, top: 39.7 },
      'buchstabe-b': { page: 30, top: 0 },
      'begriff-c': { page: 45, top: 0 },
      'begriff-d': { page: 60, top: 0 },
      'teil-nachrichten': { page: 90, top: 39.7 },
    });
    expect(chooseCuts(at, candidates, 25)).toEqual(['buchstabe-b', 'begriff-d']);
    expect(chooseCuts(at, candidates, 1000)).toEqual([]);
  });
});

describe('splitPrintDocument', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'de' }, [
        h('head', [h('title', 'Handbuch')]),
        h('body', { className: ['handbook'] }, [
          h('section', { className: ['part'] }, [h('h1', { id: 'teil-inhalt' }, 'Inhalt'), h('a', { href: '#begriff-b' }, 'B')]),
          h('section', { className: ['part'] }, [
            h('h1', { id: 'teil-glossar' }, 'Glossar'),
            h('section', { className: ['letter-group'] }, [
              h('h2', { id: 'buchstabe-a' }, 'A'),
              h('article', { className: ['entry'] }, [h('h3', { id: 'begriff-a' }, 'A1'), h('p', [h('a', { href: '#begriff-b' }, 'zu B')])]),
              '\n',
              h('article', { className: ['entry'] }, ['\n', h('h3', { id: 'begriff-b' }, 'B1'), h('p', [h('a', { href: '#begriff-a' }, 'zu A')])]),
            ]),
          ]),
        ]),
      ]),
    ],
  };
  const pages = layout(30, { 'teil-glossar': { page: 4, top: 40 }, 'begriff-b': { page: 13, top: 0 } });
  const [front, glossary, rest] = splitPrintDocument(tree, pages, ['teil-glossar', 'begriff-b']);
  const bodyOf = (root: Root) => select('body', root) as Element;

  it('cuts before a part, and before the entry a heading opens, keeping the elements around it', () => {
    expect(selectAll('h1, h2, h3', front!.tree).map((node) => node.properties.id)).toEqual(['teil-inhalt']);
    expect(selectAll('h1, h2, h3', glossary!.tree).map((node) => node.properties.id)).toEqual(['teil-glossar', 'buchstabe-a', 'begriff-a']);
    expect(selectAll('h1, h2, h3', rest!.tree).map((node) => node.properties.id)).toEqual(['begriff-b']);
    // The entry is cut out of its letter and part: both continue in the last piece.
    expect(select('body > section.part > section.letter-group > article.entry.print-continues > h3', rest!.tree)?.properties.id).toBe('begriff-b');
    expect([front, glossary, rest].map((chunk) => chunk!.continues)).toEqual([0, 0, 2]);
    expect([front, glossary, rest].map((chunk) => chunk!.firstPage)).toEqual([0, 4, 13]);
  });

  it('turns the margins of a piece that starts on a left-hand page, and marks every piece but the last as continued', () => {
    expect(bodyOf(front!.tree).properties.className).toEqual(['handbook', 'print-continued']);
    expect(bodyOf(glossary!.tree).properties.className).toEqual(['handbook', 'print-continued']);
    expect(bodyOf(rest!.tree).properties.className).toEqual(['handbook', 'turned-pages']);
  });

  it('owns the ids it defines, and has hidden stand-ins for the ids of other pieces it links to', () => {
    expect([...rest!.owns!]).toEqual(['begriff-b']);
    expect(selectAll('div[hidden] > div', rest!.tree).map((node) => node.properties.id)).toEqual(['begriff-a']);
    expect(selectAll('div[hidden] > div', front!.tree).map((node) => node.properties.id)).toEqual(['begriff-b']);
  });

  it('links to its own ids that only other pieces link to, and to the element it starts with, so that Chromium writes their destinations', () => {
    expect(selectAll('div[hidden] > a', front!.tree).map((node) => node.properties.href)).toEqual([]);
    expect(selectAll('div[hidden] > a', glossary!.tree).map((node) => node.properties.href)).toEqual(['#teil-glossar', '#begriff-a']);
    expect(selectAll('div[hidden] > a', rest!.tree).map((node) => node.properties.href)).toEqual(['#begriff-b']);
  });

  it('leaves the document alone', () => {
    expect(selectAll('h3', tree)).toHaveLength(2);
    expect(selectAll('.print-continues, [hidden]', tree)).toHaveLength(0);
  });
});
