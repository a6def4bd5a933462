// The static site: index.html (A–Z and news), one page per term, nachrichten.html, the front
// pages, with CSS, fonts and images copied in, so it works offline and from file://.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Book } from '../../model.ts';
import { replaceDirectoryAtomic } from '../../output/atomic.ts';
import { readTemplate } from '../../templates.ts';
import type { Renderer } from '../context.ts';
import { fontFaceCss, fontFiles } from '../fonts.ts';
import { labels } from '../german.ts';
import { assetFileName, resolveTargets } from '../link-targets.ts';
import { entryMain } from './entry-page.ts';
import { indexMain } from './index-page.ts';
import { layout, type PageShell } from './layout.ts';
import { newsMain, textPageMain } from './news-page.ts';
import { siteUrls } from './site-urls.ts';

export interface SitePage {
  path: string;
  tree: Root;
}

/** Every page of the site as HTML trees; pure, so tests and the dev server can use it. */
export function sitePages(book: Book): SitePage[] {
  const navigationPages = book.pages.map((page) => ({ href: `${page.slug}.html`, title: page.title }));
  const shell = (fields: Omit<PageShell, 'meta' | 'navigationPages'>) => layout({ meta: book.meta, navigationPages, ...fields });
  return [
    { path: 'index.html', tree: shell({ title: book.meta.title, current: 'index', main: indexMain(book) }) },
    { path: 'nachrichten.html', tree: shell({ title: labels.news, current: 'news', main: newsMain(book) }) },
    ...book.pages.map((page) => ({
      path: `${page.slug}.html`,
      tree: shell({ title: page.title, current: `${page.slug}.html`, main: textPageMain(page.title, resolveTargets(page.hast, siteUrls).children as ElementContent[]) }),
    })),
    ...book.entries.map((entry) => ({ path: `${entry.slug}.html`, tree: shell({ title: entry.title, main: entryMain(entry, book) }) })),
  ];
}

export function siteCss(): string {
  return `${fontFaceCss('fonts/')}\n${readTemplate('screen.css')}`;
}

export const renderHtml: Renderer = async (book, context) => {
  const target = join(context.config.outDir, 'html');
  await replaceDirectoryAtomic(target, async (dir) => {
    await mkdir(join(dir, 'assets', 'fonts'), { recursive: true });
    await mkdir(join(dir, 'assets', 'images'), { recursive: true });
    await writeFile(join(dir, 'assets', 'style.css'), siteCss());
    await Promise.all(fontFiles().map((font) => copyFile(font.source, join(dir, 'assets', 'fonts', font.name))));
    await Promise.all(book.assets.map((asset) => copyFile(asset, join(dir, 'assets', 'images', assetFileName(asset)))));
    await Promise.all(sitePages(book).map((page) => writeFile(join(dir, page.path), `${toHtml(page.tree)}\n`)));
  });
  return [target];
};
