// One A4 handout per term, for a workshop table: the term, its text, see-also and backlinks as
// plain names (a sheet of paper has no links), author and date or "Entwurf", and a footer with
// the handbook's title, the publisher and "Seite x von y" (print margin boxes, templates/handout.css).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Book, Entry } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { assetFileName, resolveTargets } from '../link-targets.ts';
import { printExternalLinks } from './external-links.ts';
import { hyphenated } from './hyphenated.ts';
import { printShell } from './print-document.ts';
import { printLabels } from './print-labels.ts';

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/** The entry's body with links to other entries as plain text and headings below the title. */
function handoutBody(entry: Entry): ElementContent[] {
  const body = resolveTargets(entry.hast, { entry: () => '', asset: (path) => `../images/${assetFileName(path)}` });
  printExternalLinks(body);
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'a' && node.properties.href === '') {
      node.tagName = 'span';
      node.properties = { className: ['term-ref'] };
    }
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Math.max(2, Number(level)))}`;
  });
  return hyphenated(body.children as ElementContent[]);
}

export function handoutDocument(entry: Entry, book: Book): Root {
  const { meta } = book;
  const titleOf = new Map(book.entries.map((item) => [item.slug, item.title]));
  const names = (slugs: readonly string[]) => slugs.map((slug) => titleOf.get(slug) ?? slug).join(', ');
  const byline = entry.draft ? labels.draft : [entry.author, entry.date && formatDate(entry.date)].filter(Boolean).join(' · ');
  const footer = `@page { @bottom-left { content: ${cssString(`${meta.title} · ${meta.publisher}`)} } @bottom-right { content: "${labels.page} " counter(page) " ${printLabels.pageOf} " counter(pages) } }`;
  return printShell(meta, { title: `${entry.title} – ${meta.title}`, stylesheet: '../handout.css', bodyClass: 'handout', style: footer }, [
    h('p', { className: ['handout-kicker'] }, meta.title),
    h('h1', { className: ['handout-title'] }, entry.title),
    entry.aliases.length > 0 ? h('p', { className: ['handout-aliases'] }, `${labels.alsoKnownAs}: ${entry.aliases.join(', ')}`) : '',
    entry.draft ? h('p', { className: ['handout-draft'] }, labels.draftNote) : '',
    h('div', { className: ['handout-body'] }, handoutBody(entry)),
    h('p', { className: ['handout-byline'] }, byline),
    entry.see.length > 0 ? h('p', { className: ['handout-related'] }, [h('span', { className: ['label'] }, `${labels.seeAlso}: `), names(entry.see)]) : '',
    entry.backlinks.length > 0 ? h('p', { className: ['handout-related'] }, [h('span', { className: ['label'] }, `${labels.backlinks}: `), names(entry.backlinks)]) : '',
  ]);
}
