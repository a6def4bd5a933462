// The back-of-book list of terms ("Register"): every term and every other name of a term, A–Z
// by letter, each linking to the term's file. An e-book has no page numbers, so the link is
// the locator. It is `role="doc-index"` without `epub:type="index"`: that type would subject
// it to the EPUB Indexes rules (one flat `index-entry-list`, no letter groups), which
// EPUBCheck 5 enforces.
import { h } from 'hastscript';
import { compareGerman, letterId } from '../../collation.ts';
import { labels } from '../german.ts';
import { listedNames } from '../listed-names.ts';
import type { EpubContext, EpubDocument } from './chapter.ts';
import { epubWords, letterLabel } from './words.ts';

export function registerDocument(context: EpubContext): EpubDocument {
  const { book, names } = context;
  const byLetter = listedNames(book);
  // In collation order, as in the contents: titles that start with a digit or sign come first.
  const letters = [...byLetter.keys()].sort(compareGerman);
  return {
    file: names.register,
    title: labels.register,
    bodyType: 'backmatter',
    body: [
      h('section', { role: 'doc-index', className: ['register'], ariaLabelledBy: 'register' }, [
        h('h1', { id: 'register' }, labels.register),
        h('p', { className: ['register-note'] }, epubWords.registerNote),
        h('nav', { className: ['letter-nav'], ariaLabel: labels.letters }, [
          h('ul', letters.map((letter) => h('li', [h('a', { href: `#${letterId(letter)}` }, letterLabel(letter))]))),
        ]),
        ...letters.map((letter) =>
          h('section', { className: ['register-group'], ariaLabelledBy: letterId(letter) }, [
            h('h2', { id: letterId(letter) }, letterLabel(letter)),
            h(
              'ul',
              byLetter.get(letter)!.map((item) =>
                h('li', { className: item.alias ? ['alias'] : undefined }, item.alias
                  ? [item.name, ' ', h('i', epubWords.see), ' ', h('a', { href: names.entry(item.slug) }, item.title)]
                  : [h('a', { href: names.entry(item.slug) }, item.name)]),
              ),
            ),
          ]),
        ),
      ]),
    ],
  };
}
