// The A–Z start page: letter navigation, every term (and alias) by letter, the latest news.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { compareGerman, letterId, letterOf } from '../../collation.ts';
import type { Book } from '../../model.ts';
import { alphabet, formatShortDate, labels } from '../german.ts';
import { siteUrls } from './site-urls.ts';

export interface Listed {
  name: string;
  slug: string;
  alias: boolean;
  title: string;
  draft: boolean;
}

/** Every title and alias, grouped by A–Z letter and sorted the German way within each letter. */
export function listedNames(book: Book): Map<string, Listed[]> {
  const byLetter = new Map<string, Listed[]>();
  for (const entry of book.entries) {
    const names = [{ name: entry.title, alias: false }, ...entry.aliases.map((alias) => ({ name: alias, alias: true }))];
    for (const { name, alias } of names) {
      const letter = letterOf(name);
      if (!byLetter.has(letter)) byLetter.set(letter, []);
      byLetter.get(letter)!.push({ name, slug: entry.slug, alias, title: entry.title, draft: entry.draft });
    }
  }
  for (const list of byLetter.values()) list.sort((a, b) => compareGerman(a.name, b.name));
  return byLetter;
}

export function indexMain(book: Book): ElementContent[] {
  const byLetter = listedNames(book);
  const letters = [...alphabet, ...[...byLetter.keys()].filter((letter) => !alphabet.includes(letter))];
  const newest = book.news.slice(0, 8);
  return [
    h('h1', book.meta.title),
    ...(book.meta.subtitle ? [h('p', { className: ['subtitle'] }, book.meta.subtitle)] : []),
    h('p', { className: ['lead'] }, book.meta.description),
    h('nav', { className: ['letter-nav'], ariaLabel: labels.letters }, [
      h('ul', letters.map((letter) => h('li', [byLetter.has(letter) ? h('a', { href: `#${letterId(letter)}` }, letter) : h('span', { ariaHidden: 'true' }, letter)]))),
    ]),
    h('section', { className: ['az'], ariaLabelledBy: 'glossar-az' }, [
      h('h2', { id: 'glossar-az', className: ['visually-hidden'] }, `${labels.glossary} ${labels.az}`),
      ...letters
        .filter((letter) => byLetter.has(letter))
        .map((letter) =>
          h('section', { className: ['letter-group'], ariaLabelledBy: letterId(letter) }, [
            h('h3', { id: letterId(letter) }, letter),
            h(
              'ul',
              byLetter.get(letter)!.map((item) =>
                h('li', { className: item.alias ? ['alias'] : [] }, item.alias
                  ? [h('span', item.name), ' → ', h('a', { href: siteUrls.entry(item.slug) }, item.title)]
                  : [h('a', { href: siteUrls.entry(item.slug) }, item.name), item.draft ? h('span', { className: ['badge'] }, labels.draft) : '']),
              ),
            ),
          ]),
        ),
    ]),
    ...(newest.length === 0
      ? []
      : [h('section', { className: ['news-teaser'], ariaLabelledBy: 'nachrichten' }, [
          h('h2', { id: 'nachrichten' }, labels.news),
          h('ul', newest.map((item) => h('li', [h('time', { dateTime: item.date }, formatShortDate(item.date)), ' ', h('a', { href: `nachrichten.html#${item.slug}` }, item.title)]))),
          h('p', [h('a', { href: 'nachrichten.html' }, `${labels.moreNews} →`)]),
        ])]),
  ];
}
