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

export interface SitePageSource {
  path: string;
  /**
   * Everything the page shows, as values (hast trees by identity): equal inputs give equal
   * bytes, so the dev server renders a page again only when its inputs changed. Whoever makes
   * a page show more must add it here (tests/incremental-build.test.ts compares with a full build).
   */
  inputs: unknown[];
  tree(): Root;
}

/** Every page of the site, each built on demand; see `sitePages`. */
export function sitePageSources(book: Book): SitePageSource[] {
  const navigationPages = book.pages.map((page) => ({ href: `${page.slug}.html`, title: page.title }));
  const shell = (fields: Omit<PageShell, 'meta' | 'navigationPages'>) => layout({ meta: book.meta, navigationPages, ...fields });
  const common = [book.meta, navigationPages];
  const titles = new Map(book.entries.map((entry) => [entry.slug, entry.title]));
  const titled = (slugs: readonly string[]) => slugs.map((slug) => [slug, titles.get(slug)]);
  const neighbour = (index: number) => book.entries[index] && [book.entries[index].slug, book.entries[index].title];
  return [
    {
      path: 'index.html',
      inputs: [common, book.entries.map((entry) => [entry.slug, entry.title, entry.aliases, entry.draft]), book.news.slice(0, 8).map((item) => [item.slug, item.date, item.title])],
      tree: () => shell({ title: book.meta.title, current: 'index', main: indexMain(book) }),
    },
    {
      path: 'nachrichten.html',
      inputs: [common, book.news.map((item) => [item.slug, item.date, item.title, item.link, item.hast])],
      tree: () => shell({ title: labels.news, current: 'news', main: newsMain(book) }),
    },
    ...book.pages.map((page) => ({
      path: `${page.slug}.html`,
      inputs: [common, page.title, page.hast],
      tree: () => shell({ title: page.title, current: `${page.slug}.html`, main: textPageMain(page.title, resolveTargets(page.hast, siteUrls).children as ElementContent[]) }),
    })),
    ...book.entries.map((entry, index) => ({
      path: `${entry.slug}.html`,
      inputs: [common, entry.hast, entry.title, entry.aliases, entry.draft, entry.author, entry.date, entry.letter, titled(entry.see), titled(entry.backlinks), neighbour(index - 1), neighbour(index + 1)],
      tree: () => shell({ title: entry.title, main: entryMain(entry, book) }),
    })),
  ];
}

/** Every page of the site as HTML trees; pure, so tests and the dev server can use it. */
export function sitePages(book: Book): SitePage[] {
  return sitePageSources(book).map((page) => ({ path: page.path, tree: page.tree() }));
}

export function pageHtml(tree: Root): string {
  return `${toHtml(tree)}\n`;
}

/** The files a site needs besides its pages and style sheet: fonts and content images. */
export function siteAssetFiles(book: Book): Array<{ path: string; source: string }> {
  return [
    ...fontFiles().map((font) => ({ path: `assets/fonts/${font.name}`, source: font.source })),
    ...book.assets.map((asset) => ({ path: `assets/images/${assetFileName(asset)}`, source: asset })),
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
    await Promise.all(siteAssetFiles(book).map((file) => copyFile(file.source, join(dir, file.path))));
    await Promise.all(sitePages(book).map((page) => writeFile(join(dir, page.path), pageHtml(page.tree))));
  });
  return [target];
};
