// The glossary A–Z: a part opener, a heading per letter, and per entry its heading, aliases,
// text, byline, see-also (mentions, with page numbers) and backlinks (with page numbers).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book, Entry } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { anchorInnerHeadings, mentionAnchors, mentionLink, pageReference, printBody, type MentionRegistry } from './mentions.ts';
import { hyphenated } from './hyphenated.ts';
import { partHeading, partNames, printIds, selfLinkedHeading } from './print-ids.ts';
import { printLabels } from './print-labels.ts';
import type { PrintNumbers } from './print-numbers.ts';

interface PreparedEntry {
  entry: Entry;
  body: ElementContent[];
  seeAlso: Array<Element | string>;
  backlinks: Array<Element | string>;
}

/** Resolves every entry's links (registering its mentions) before any heading is built. */
export function prepareEntries(book: Book, registry: MentionRegistry, numbers: PrintNumbers): PreparedEntry[] {
  const titles = new Map(book.entries.map((entry) => [entry.slug, entry.title]));
  const titleOf = (slug: string) => titles.get(slug) ?? slug;
  return book.entries.map((entry) => ({
    entry,
    body: hyphenated(printBody(entry.hast, entry.slug, registry, numbers, 4)),
    seeAlso: commaList(entry.see.map((slug) => mentionLink(registry, numbers, slug, titleOf(slug)))),
    backlinks: commaList(
      entry.backlinks.map((slug) =>
        h('a', { className: ['xref'], href: `#${printIds.entry(slug)}` }, [titleOf(slug), pageReference(numbers, printIds.entry(slug))]),
      ),
    ),
  }));
}

function commaList(items: Element[]): Array<Element | string> {
  return items.flatMap((item, index) => (index === 0 ? [item] : [', ', item]));
}

export function glossaryPart(book: Book, prepared: readonly PreparedEntry[], registry: MentionRegistry): ElementContent[] {
  const byLetter = new Map<string, PreparedEntry[]>();
  for (const item of prepared) byLetter.set(item.entry.letter, [...(byLetter.get(item.entry.letter) ?? []), item]);
  return [
    partHeading(printIds.part(partNames.glossary), printLabels.glossaryPart),
    ...book.letters.map((group) =>
      h('section', { className: ['letter-group'] }, [
        h('h2', { id: printIds.letter(group.letter), className: ['letter'] }, group.letter),
        ...(byLetter.get(group.letter) ?? []).map((item) => entryArticle(item, registry)),
      ]),
    ),
  ];
}

function entryArticle({ entry, body, seeAlso, backlinks }: PreparedEntry, registry: MentionRegistry): Element {
  const strayAnchors = anchorInnerHeadings(body, entry.slug, registry);
  const meta = [
    entry.aliases.length > 0 ? `${labels.alsoKnownAs}: ${entry.aliases.join(', ')}` : '',
    entry.draft ? labels.draft : '',
  ].filter(Boolean);
  const byline = [entry.author, entry.date && formatDate(entry.date)].filter(Boolean).join(' · ');
  return h('article', { className: ['entry'] }, [
    selfLinkedHeading('h3', printIds.entry(entry.slug), 'entry-title', entry.title, mentionAnchors([...registry.numbersFor(entry.slug), ...strayAnchors].sort((a, b) => a - b))),
    meta.length > 0 ? h('p', { className: ['entry-meta'] }, meta.join(' · ')) : '',
    h('div', { className: ['entry-body', 'prose'] }, body),
    byline ? h('p', { className: ['byline'] }, byline) : '',
    seeAlso.length > 0 ? h('p', { className: ['see-also'] }, [h('span', { className: ['label'] }, `${labels.seeAlso}: `), ...seeAlso]) : '',
    backlinks.length > 0 ? h('p', { className: ['backlinks'] }, [h('span', { className: ['label'] }, `${labels.backlinks}: `), ...backlinks]) : '',
  ]);
}
