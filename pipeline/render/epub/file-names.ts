// Where each document lives inside the EPUB. Terms keep `<slug>.xhtml`, so links and reading
// positions stay valid across editions; the other documents take German names and give way
// (`-2`, `-3` …) should a term or page ever have the same slug. The navigation document keeps
// `toc.xhtml`, the name readers and earlier editions know, so it is reserved first.
import type { Book } from '../../model.ts';
import { nameAllocator } from './unique-names.ts';

export interface EpubFileNames {
  cover: string;
  titlePage: string;
  nav: string;
  news: string;
  register: string;
  entry(slug: string): string;
  page(slug: string): string;
}

export const navFileName = 'toc.xhtml';

export function planFileNames(book: Pick<Book, 'entries' | 'pages'>): EpubFileNames {
  const allocate = nameAllocator(['toc', ...book.entries.map((entry) => entry.slug)]);
  const claim = (preferred: string): string => `${allocate(preferred)}.xhtml`;
  // Entries own their slugs; only an entry called `toc` has to move.
  const entries = new Map(book.entries.map((entry) => [entry.slug, entry.slug === 'toc' ? claim('toc') : `${entry.slug}.xhtml`]));
  const pages = new Map(book.pages.map((page) => [page.slug, claim(page.slug)]));
  const names = { cover: claim('umschlag'), titlePage: claim('titelseite'), news: claim('nachrichten'), register: claim('register') };
  return {
    ...names,
    nav: navFileName,
    entry: (slug) => entries.get(slug) ?? `${slug}.xhtml`,
    page: (slug) => pages.get(slug) ?? `${slug}.xhtml`,
  };
}
