// The print document of the handbook: title pages, contents, front pages (Vorwort), glossary A–Z,
// news; rendered with the page numbers one render learned about the previous one
// (print-numbers.ts), and returned with the shape the page planner needs. The register is a
// document of its own, printed once the numbers are final and appended (registerDocument).
import type { ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Book } from '../../model.ts';
import { labels } from '../german.ts';
import { contentsPart } from './contents.ts';
import { glossaryPart, prepareEntries } from './glossary-part.ts';
import { hyphenated } from './hyphenated.ts';
import { MentionRegistry, printBody } from './mentions.ts';
import { newsPart, prepareNews } from './news-part.ts';
import { partHeading, partNames, printIds } from './print-ids.ts';
import { printLabels } from './print-labels.ts';
import { guessedNumbers, guessedPages, type PrintNumbers } from './print-numbers.ts';
import type { PrintPart, PrintStructure } from './print-structure.ts';
import { linkStubs, linkTargets } from './link-stubs.ts';
import { registerPart } from './register-part.ts';
import { blankPage, titlePageOrder, titlePages } from './title-pages.ts';

export interface PrintDocument {
  tree: Root;
  structure: PrintStructure;
}

export interface Shell {
  title: string;
  /** Relative to where the document is written. */
  stylesheet: string;
  bodyClass: string;
  /** Extra CSS for this document only (e.g. a footer text from the metadata). */
  style?: string;
}

/** An HTML document in the book's language that loads one stylesheet. */
export function printShell(meta: Book['meta'], shell: Shell, content: Array<ElementContent | string>): Root {
  const head = [
    h('meta', { charSet: 'utf-8' }),
    h('title', shell.title),
    h('meta', { name: 'description', content: meta.description }),
    h('link', { rel: 'stylesheet', href: shell.stylesheet }),
    ...(shell.style ? [h('style', shell.style)] : []),
  ];
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: meta.language }, [h('head', head), h('body', { className: [shell.bodyClass] }, content)])] };
}

const wordsByBook = new WeakMap<Book, Array<{ id: string; words: number }>>();

/** The words of each entry, counted once per book (2,000 entries: 55 ms): both guesses below use them. */
function entryWords(book: Book): Array<{ id: string; words: number }> {
  let words = wordsByBook.get(book);
  if (!words) {
    words = book.entries.map((entry) => ({ id: printIds.entry(entry.slug), words: toString(entry.hast).split(/\s+/).length }));
    wordsByBook.set(book, words);
  }
  return words;
}

/** The numbers for the first render, guessed from the length of the entries. */
export function firstNumbers(book: Book): PrintNumbers {
  return guessedNumbers(entryWords(book));
}

/** About how many pages the handbook's glossary will have, before anything is laid out. */
export function guessedPageCount(book: Book): number {
  return guessedPages(entryWords(book));
}

export function printDocument(book: Book, numbers: PrintNumbers): PrintDocument {
  // Every body is resolved first, so that all mentions are known when headings get their anchors.
  const registry = new MentionRegistry();
  const pages = book.pages.map((page) => ({ page, body: hyphenated(printBody(page.hast, page.slug, registry, numbers, 2)) }));
  const entries = prepareEntries(book, registry, numbers);
  const news = prepareNews(book, registry, numbers);

  const part = (id: string, title: string, extra: Partial<PrintPart> = {}): PrintPart => ({ id, title, dictionary: false, startsArabic: false, ...extra });
  const parts: Array<{ part: PrintPart; content: ElementContent[] }> = [
    { part: part(printIds.part(partNames.contents), labels.contents), content: contentsPart(book, numbers) },
    ...pages.map(({ page, body }) => ({
      part: part(printIds.page(page.slug), page.title),
      content: [partHeading(printIds.page(page.slug), page.title), h('div', { className: ['prose'] }, body)],
    })),
    { part: part(printIds.part(partNames.glossary), printLabels.glossaryPart, { dictionary: true, startsArabic: true }), content: glossaryPart(book, entries, registry) },
    ...(news.length > 0 ? [{ part: part(printIds.part(partNames.news), labels.news), content: newsPart(news) }] : []),
  ];
  const register = part(printIds.part(partNames.register), labels.register, { appended: true });

  const content: ElementContent[] = [
    ...titlePages(book),
    ...parts.flatMap(({ part: { id }, content: children }) => [
      ...(numbers.blankBefore.has(id) ? [blankPage()] : []),
      h('section', { className: ['part'] }, children),
    ]),
    // Stands in for the register's heading until the register is appended: the contents link here.
    h('div', { className: ['anchor'], id: register.id }),
  ];
  return {
    tree: printShell(book.meta, { title: book.meta.title, stylesheet: 'print.css', bodyClass: 'handbook' }, content),
    structure: {
      titlePages: titlePageOrder,
      parts: [...parts.map(({ part: item }) => item), register],
      entries: book.entries.map((entry) => ({ slug: entry.slug, id: printIds.entry(entry.slug), title: entry.title })),
      letters: book.letters.map((group) => printIds.letter(group.letter)),
      mentions: registry.slugs,
    },
  };
}

/**
 * The register on its own, with the page numbers of the final handbook. Its links point at ids of
 * the handbook, which the appended pages resolve (link-stubs.ts).
 */
export function registerDocument(book: Book, numbers: PrintNumbers): Root {
  const content = registerPart(book, numbers);
  const ownId = printIds.part(partNames.register);
  const targets = linkTargets({ type: 'root', children: content });
  targets.delete(ownId);
  return printShell(book.meta, { title: book.meta.title, stylesheet: 'print.css', bodyClass: 'handbook' }, [
    h('section', { className: ['part', 'register'] }, content),
    ...linkStubs(targets),
  ]);
}
