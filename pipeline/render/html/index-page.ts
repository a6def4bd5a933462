// The A–Z start page: letter navigation, every term (and alias) by letter, the latest news.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { letterId } from '../../collation.ts';
import type { Book } from '../../model.ts';
import { alphabet, formatShortDate, labels } from '../german.ts';
import { listedNames } from '../listed-names.ts';
import { siteUrls } from './site-urls.ts';

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
