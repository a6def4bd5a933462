// "Nachrichten zu Kultur und Schule", newest first: date, title, text and source address.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book, NewsItem } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { breakableUrl } from './external-links.ts';
import { hyphenated } from './hyphenated.ts';
import { printBody, type MentionRegistry } from './mentions.ts';
import { partHeading, partNames, printIds } from './print-ids.ts';
import type { PrintNumbers } from './print-numbers.ts';

export interface PreparedNews {
  item: NewsItem;
  body: ElementContent[];
}

/** Resolves the news texts' links (registering their mentions) before any heading is built. */
export function prepareNews(book: Book, registry: MentionRegistry, numbers: PrintNumbers): PreparedNews[] {
  return book.news.map((item) => ({ item, body: hyphenated(printBody(item.hast, item.slug, registry, numbers, 3)) }));
}

export function newsPart(prepared: readonly PreparedNews[]): ElementContent[] {
  return [
    partHeading(printIds.part(partNames.news), labels.news),
    ...prepared.map(({ item, body }) =>
      h('article', { className: ['news-item'] }, [
        h('h2', { id: printIds.news(item.slug), className: ['news-title'] }, item.title),
        h('p', { className: ['news-date'] }, [h('time', { dateTime: item.date }, formatDate(item.date))]),
        h('div', { className: ['prose'] }, body),
        item.link ? h('p', { className: ['news-source'] }, [`${labels.source}: `, h('a', { className: ['url'], href: item.link }, breakableUrl(item.link))]) : '',
      ]),
    ),
  ];
}
