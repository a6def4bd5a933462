// The book's table of contents as data, shared by the navigation document and the NCX: title
// page, front pages, the glossary grouped by letter (a letter leads to its first term), news
// and register, in reading order.
import { labels } from '../german.ts';
import type { EpubContext } from './chapter.ts';
import { epubWords, letterLabel } from './words.ts';

export interface OutlineItem {
  label: string;
  href: string;
  children: OutlineItem[];
}

export function bookOutline({ book, names }: EpubContext): OutlineItem[] {
  const item = (label: string, href: string, children: OutlineItem[] = []): OutlineItem => ({ label, href, children });
  const letters = book.letters.map((group) =>
    item(letterLabel(group.letter), names.entry(group.entries[0]!.slug), group.entries.map((entry) => item(entry.title, names.entry(entry.slug)))),
  );
  return [
    item(epubWords.titleAndImprint, names.titlePage),
    ...book.pages.map((page) => item(page.title, names.page(page.slug))),
    item(epubWords.glossaryAz, letters[0]!.href, letters),
    ...(book.news.length > 0 ? [item(labels.news, names.news)] : []),
    item(labels.register, names.register),
  ];
}
