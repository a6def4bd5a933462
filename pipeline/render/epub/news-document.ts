// All news in one chapter, newest first; ids inside each item's text get the item's slug as a
// prefix, so that several items can share the file, and its headings move one level down,
// below the item's own title.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { formatDate, labels } from '../german.ts';
import { resolveTargets } from '../link-targets.ts';
import type { EpubContext, EpubDocument } from './chapter.ts';

function sourceLabel(link: string): string {
  try {
    return `${labels.source}: ${new URL(link).host}`;
  } catch {
    return labels.source;
  }
}

function demoteHeadings(tree: Root): ElementContent[] {
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
  });
  return tree.children as ElementContent[];
}

export function newsDocument(context: EpubContext): EpubDocument {
  const { book, names, urls } = context;
  return {
    file: names.news,
    title: labels.news,
    bodyType: 'backmatter',
    body: [
      h('section', { 'epub:type': 'chapter', role: 'doc-chapter', className: ['news'], ariaLabelledBy: 'nachrichten' }, [
        h('h1', { id: 'nachrichten' }, labels.news),
        ...book.news.map((item) =>
          h('article', { className: ['news-item'], id: item.slug, ariaLabelledBy: `${item.slug}-titel` }, [
            h('p', { className: ['news-date'] }, formatDate(item.date)),
            h('h2', { id: `${item.slug}-titel` }, item.title),
            ...demoteHeadings(resolveTargets(item.hast, { ...urls, idPrefix: `${item.slug}--` })),
            item.link ? h('p', { className: ['news-source'] }, [h('a', { href: item.link }, sourceLabel(item.link))]) : '',
          ]),
        ),
      ]),
    ],
  };
}
