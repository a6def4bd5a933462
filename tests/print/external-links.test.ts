import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { printExternalLinks } from '../../pipeline/render/print/external-links.ts';
import rehypeHyphenate from '../../pipeline/render/print/rehype-hyphenate.ts';

describe('web links on paper', () => {
  it('prints the address after a link with its own text, breakable and never hyphenated', () => {
    const tree: Root = { type: 'root', children: [h('p', ['Siehe ', h('a', { href: 'https://www.bkj.de/kulturelle-schulentwicklung/' }, 'die BKJ'), '.'])] };
    printExternalLinks(tree);
    rehypeHyphenate()(tree);
    expect(toHtml(tree)).toBe(
      '<p>Siehe <a href="https://www.bkj.de/kulturelle-schulentwicklung/" class="url">die BKJ</a><span class="url-ref no-hyphens"> (www.<wbr>bkj.<wbr>de/<wbr>kulturelle-<wbr>schulentwicklung)</span>.</p>',
    );
  });

  it('makes a bare address breakable without repeating it', () => {
    const tree: Root = { type: 'root', children: [h('p', [h('a', { href: 'https://www.bkj.de/a_b' }, 'https://www.bkj.de/a_b')])] };
    printExternalLinks(tree);
    expect(toHtml(tree)).toBe('<p><a href="https://www.bkj.de/a_b" class="url">https:/<wbr>/<wbr>www.<wbr>bkj.<wbr>de/<wbr>a_<wbr>b</a></p>');
  });

  it('leaves links inside the book alone', () => {
    const tree: Root = { type: 'root', children: [h('p', [h('a', { href: '#ziel-1' }, 'Inklusion')])] };
    printExternalLinks(tree);
    expect(toHtml(tree)).toBe('<p><a href="#ziel-1">Inklusion</a></p>');
  });
});
