// The shell every site page shares: language, landmarks, skip link, site navigation, footer.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { BookMeta } from '../../model.ts';
import { labels } from '../german.ts';

export interface PageShell {
  meta: BookMeta;
  title: string;
  description?: string;
  /** Which item of the site navigation is current. */
  current?: 'index' | 'news' | string;
  main: ElementContent[];
  navigationPages: Array<{ href: string; title: string }>;
}

export function layout(page: PageShell): Root {
  const navItem = (href: string, text: string, key: string) =>
    h('li', [h('a', { href, ...(page.current === key && { ariaCurrent: 'page' }) }, text)]);
  const head: Element = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', page.title === page.meta.title ? page.title : `${page.title} – ${page.meta.title}`),
    h('meta', { name: 'description', content: page.description ?? page.meta.description }),
    h('link', { rel: 'stylesheet', href: 'assets/style.css' }),
  ]);
  const body: Element = h('body', [
    h('a', { className: ['skip-link'], href: '#inhalt' }, labels.skipLink),
    h('header', { className: ['site-header'] }, [
      h('a', { className: ['site-title'], href: 'index.html' }, [h('span', { className: ['site-title-kicker'] }, page.meta.publisherShort), ' ', page.meta.title]),
      h('nav', { ariaLabel: labels.mainNavigation }, [
        h('ul', [
          navItem('index.html', `${labels.glossary} ${labels.az}`, 'index'),
          navItem('nachrichten.html', labels.newsShort, 'news'),
          ...page.navigationPages.map((item) => navItem(item.href, item.title, item.href)),
        ]),
      ]),
    ]),
    h('main', { id: 'inhalt', tabIndex: -1 }, page.main),
    h('footer', { className: ['site-footer'] }, [
      h('p', page.meta.publisher),
      page.meta.funding ? h('p', page.meta.funding) : '',
      h('p', { className: ['edition'] }, `${labels.edition}: ${page.meta.edition.split('-').reverse().join('.')}`),
    ]),
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: page.meta.language }, [head, body])] };
}
