// All news, newest first, each with its date, text and an optional source link.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { resolveTargets } from '../link-targets.ts';
import { siteUrls } from './site-urls.ts';

export function newsMain(book: Book): ElementContent[] {
  return [
    h('h1', labels.news),
    ...book.news.map((item) =>
      h('article', { className: ['news-item'], id: item.slug, ariaLabelledBy: `${item.slug}-titel` }, [
        h('p', { className: ['news-date'] }, [h('time', { dateTime: item.date }, formatDate(item.date))]),
        h('h2', { id: `${item.slug}-titel` }, item.title),
        h('div', resolveTargets(item.hast, { ...siteUrls, idPrefix: `${item.slug}--` }).children as ElementContent[]),
        item.link ? h('p', [h('a', { href: item.link }, `${labels.source} →`)]) : '',
      ]),
    ),
  ];
}

export function textPageMain(title: string, body: ElementContent[]): ElementContent[] {
  return [h('article', { className: ['text-page'] }, [h('h1', title), ...body])];
}
