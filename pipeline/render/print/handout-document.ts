// The A4 handouts, one per term, for a workshop table: the term, its text, see-also and
// backlinks as plain names (a sheet of paper has no links), author and date or "Entwurf". Many
// handouts are sheets of one print document, each starting on a new page, so that Chromium prints
// them in one go; the PDF step cuts that print into one file per term. Their footers (handbook
// title, publisher, "Seite x von y" counted within the handout) are printed afterwards on their
// own, see handout-footers.ts.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Book, Entry } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { assetFileName, resolveTargets } from '../link-targets.ts';
import { printExternalLinks } from './external-links.ts';
import { hyphenated } from './hyphenated.ts';
import { printShell } from './print-document.ts';

/** The entry's body with links to other entries as plain text and headings below the title. */
function handoutBody(entry: Entry): ElementContent[] {
  // Ids are prefixed: the sheets share one document, and a footnote link must find its own note.
  const body = resolveTargets(entry.hast, { entry: () => '', asset: (path) => `images/${assetFileName(path)}`, idPrefix: `${entry.slug}--` });
  printExternalLinks(body);
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'a' && node.properties.href === '') {
      node.tagName = 'span';
      node.properties = { className: ['term-ref'] };
    }
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Math.max(2, Number(level)))}`;
  });
  return hyphenated(body.children as ElementContent[]);
}

/** One handout; its one `h1` is the term, which is how the PDF step finds where it starts. */
function handoutSheet(entry: Entry, book: Book, titleOf: ReadonlyMap<string, string>): Element {
  const { meta } = book;
  const names = (slugs: readonly string[]) => slugs.map((slug) => titleOf.get(slug) ?? slug).join(', ');
  const byline = entry.draft ? labels.draft : [entry.author, entry.date && formatDate(entry.date)].filter(Boolean).join(' · ');
  return h('article', { className: ['handout-sheet'] }, [
    h('p', { className: ['handout-kicker'] }, meta.title),
    h('h1', { className: ['handout-title'] }, entry.title),
    entry.aliases.length > 0 ? h('p', { className: ['handout-aliases'] }, `${labels.alsoKnownAs}: ${entry.aliases.join(', ')}`) : '',
    entry.draft ? h('p', { className: ['handout-draft'] }, labels.draftNote) : '',
    h('div', { className: ['handout-body'] }, handoutBody(entry)),
    h('p', { className: ['handout-byline'] }, byline),
    entry.see.length > 0 ? h('p', { className: ['handout-related'] }, [h('span', { className: ['label'] }, `${labels.seeAlso}: `), names(entry.see)]) : '',
    entry.backlinks.length > 0 ? h('p', { className: ['handout-related'] }, [h('span', { className: ['label'] }, `${labels.backlinks}: `), names(entry.backlinks)]) : '',
  ]);
}

export interface HandoutsDocument {
  tree: Root;
  /** The handouts in the order of `entries`, each as a tree of its own. */
  sheets: Root[];
}

/** The handouts of `entries` (some or all of the book's) as one print document. */
export function handoutsDocument(book: Book, entries: readonly Entry[]): HandoutsDocument {
  const titleOf = new Map(book.entries.map((item) => [item.slug, item.title]));
  const sheets = entries.map((entry) => handoutSheet(entry, book, titleOf));
  return {
    tree: printShell(book.meta, { title: book.meta.title, stylesheet: 'handout.css', bodyClass: 'handout' }, sheets),
    sheets: sheets.map((sheet): Root => ({ type: 'root', children: [sheet] })),
  };
}
