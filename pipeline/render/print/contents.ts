// The table of contents ("Inhalt"): the parts, and in the glossary every letter with its entries
// (for long glossaries only the letters: the register lists every entry anyway). Each line links
// to its heading and ends in the page number, with dotted leaders drawn by CSS.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../model.ts';
import { labels } from '../german.ts';
import { partHeading, partNames, printIds } from './print-ids.ts';
import { printLabels } from './print-labels.ts';
import type { PrintNumbers } from './print-numbers.ts';
import { pageNumber } from './renumber.ts';

/** Up to this many entries the contents list each one; beyond it only the letters. */
export const maxEntriesInContents = 80;

/** One line; `numbers` undefined: a label without leader and page number (the letters). */
function line(kind: string, id: string, text: string, numbers: PrintNumbers | undefined, children: ElementContent[] = []): Element {
  return h('li', { className: [`toc-${kind}`] }, [
    h('a', { href: `#${id}` }, [
      h('span', { className: ['toc-text'] }, text),
      ...(numbers
        ? [h('span', { className: ['toc-leader'], ariaHidden: 'true' }), pageNumber('toc-page', numbers, id)]
        : []),
    ]),
    ...(children.length > 0 ? [h('ol', children)] : []),
  ]);
}

export function contentsPart(book: Book, numbers: PrintNumbers): ElementContent[] {
  const listEntries = book.entries.length <= maxEntriesInContents;
  const letters = book.letters.map((group) =>
    line('letter', printIds.letter(group.letter), group.letter, listEntries ? undefined : numbers, listEntries ? group.entries.map((entry) => line('entry', printIds.entry(entry.slug), entry.title, numbers)) : []),
  );
  return [
    partHeading(printIds.part(partNames.contents), labels.contents),
    h('nav', { className: ['toc'], ariaLabelledBy: printIds.part(partNames.contents) }, [
      h('ol', [
        ...book.pages.map((page) => line('part', printIds.page(page.slug), page.title, numbers)),
        line('part', printIds.part(partNames.glossary), printLabels.glossaryPart, numbers, letters),
        ...(book.news.length > 0 ? [line('part', printIds.part(partNames.news), labels.news, numbers)] : []),
        line('part', printIds.part(partNames.register), labels.register, numbers),
      ]),
    ]),
  ];
}
