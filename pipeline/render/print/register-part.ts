// The register: every entry title and alias in A–Z order with its page numbers. The page of
// the entry itself comes first, in bold; then the pages whose text or see-also lists mention
// it through a link, each linking to that mention. Aliases name their entry ("siehe …").
// Only a name's very long words get soft hyphens: a register is set ragged, and hyphenating every
// word put a hyphen at the end of most broken lines (looked at: 9 in one column of content/), while
// a compound too long for a line of a half-page column ("Kooperationsvereinbarungsverfahren") was
// broken anywhere, without a hyphen.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { compareGerman } from '../../collation.ts';
import type { Book } from '../../model.ts';
import { labels } from '../german.ts';
import { listedNames } from '../listed-names.ts';
import { partHeading, partNames, printIds } from './print-ids.ts';
import { printLabels } from './print-labels.ts';
import { hyphenateText } from './rehype-hyphenate.ts';
import type { PrintNumbers } from './print-numbers.ts';

/** Words this long may not fit a line of a register column (54 mm at 8.5 pt: some 35 letters, wide ones fewer). */
const longWordsOnly = { minWord: 28 };

/** Before the first render only the entry's own page is linked, with a placeholder number. */
function pageLinks(slug: string, numbers: PrintNumbers): Array<Element | string> {
  const pages = numbers.register.get(slug) ?? [{ label: numbers.placeholder, target: printIds.entry(slug), main: true }];
  return pages.flatMap((page, index) => [
    ...(index > 0 ? [', '] : []),
    h('a', { className: page.main ? ['register-main'] : undefined, href: `#${page.target}` }, page.label),
  ]);
}

/** The register's content: its heading and its lines, for a `section.part.register` (registerDocument). */
export function registerPart(book: Book, numbers: PrintNumbers): ElementContent[] {
  const byLetter = listedNames(book);
  const letters = [...byLetter.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : compareGerman(a, b)));
  // Every line has an id: where a long register may be cut into pieces (pdf/handbook.ts). The
  // lines are the part's own children, with no wrapper for the columns or a letter: Chromium
  // writes no structure element for such a wrapper, so one continued in the next piece could
  // not be told from its lines when the pieces' structure trees are joined (join-prints.ts).
  let line = 0;
  const lineId = () => printIds.registerLine(++line);
  return [
    partHeading(printIds.part(partNames.register), labels.register),
    ...letters.flatMap((letter) => [
      h('p', { id: lineId(), className: ['register-letter'] }, letter),
      ...byLetter.get(letter)!.map((item) =>
        h('p', { id: lineId(), className: item.alias ? ['register-item', 'register-alias'] : ['register-item'] }, [
          h('span', { className: ['register-name'] }, hyphenateText(item.name, longWordsOnly)),
          item.alias ? h('span', { className: ['register-see'] }, ` ${printLabels.alias} ${hyphenateText(item.title, longWordsOnly)}`) : '',
          '\u2002',
          ...pageLinks(item.slug, numbers),
        ]),
      ),
    ]),
  ];
}
