// One page per glossary term: definition, see-also, backlinks, author and date, and a pager.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { letterId } from '../../collation.ts';
import type { Book, Entry } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { resolveTargets } from '../link-targets.ts';
import { siteUrls } from './site-urls.ts';

// One map per book: built per list, it made the site quadratic in the number of entries.
const entriesBySlug = new WeakMap<Book, Map<string, Entry>>();

/** A list of links to entries; `href` makes each output's URL (the site's by default). */
export function entryList(slugs: readonly string[], book: Book, href: (slug: string) => string = (slug) => siteUrls.entry(slug)): ElementContent {
  let bySlug = entriesBySlug.get(book);
  if (!bySlug) entriesBySlug.set(book, (bySlug = new Map(book.entries.map((entry) => [entry.slug, entry]))));
  return h('ul', slugs.map((slug) => h('li', [h('a', { href: href(slug) }, bySlug.get(slug)?.title ?? slug)])));
}

export function entryMain(entry: Entry, book: Book): ElementContent[] {
  const position = book.entries.indexOf(entry);
  const previous = book.entries[position - 1];
  const next = book.entries[position + 1];
  const body = resolveTargets(entry.hast, siteUrls).children as ElementContent[];
  const byline = [entry.author, entry.date && formatDate(entry.date)].filter(Boolean).join(' · ');
  const article = h('article', { className: ['entry'], ariaLabelledBy: 'begriff' }, [
    h('header', [
      h('h1', { id: 'begriff' }, [h('dfn', entry.title)]),
      entry.aliases.length > 0 ? h('p', { className: ['aliases'] }, `${labels.alsoKnownAs}: ${entry.aliases.join(', ')}`) : '',
      entry.draft ? h('p', { className: ['draft-note'] }, labels.draftNote) : '',
    ]),
    h('div', { className: ['entry-body'] }, body),
    byline ? h('p', { className: ['byline'] }, byline) : '',
    entry.see.length > 0 ? h('section', { className: ['see-also'], ariaLabelledBy: 'siehe-auch' }, [h('h2', { id: 'siehe-auch' }, labels.seeAlso), entryList(entry.see, book)]) : '',
    entry.backlinks.length > 0
      ? h('section', { className: ['backlinks'], ariaLabelledBy: 'verweise' }, [h('h2', { id: 'verweise' }, labels.backlinks), entryList(entry.backlinks, book)])
      : '',
  ]);
  return [
    h('nav', { className: ['breadcrumb'], ariaLabel: labels.breadcrumb }, [
      h('a', { href: 'index.html' }, labels.glossary),
      ' › ',
      h('a', { href: `index.html#${letterId(entry.letter)}` }, entry.letter),
    ]),
    article,
    h('nav', { className: ['pager'], ariaLabel: labels.pager }, [
      previous ? h('a', { rel: 'prev', href: siteUrls.entry(previous.slug) }, [h('span', labels.previous), ' ', previous.title]) : h('span'),
      next ? h('a', { rel: 'next', href: siteUrls.entry(next.slug) }, [h('span', labels.next), ' ', next.title]) : h('span'),
    ]),
  ];
}

export type { Root };
