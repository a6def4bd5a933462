// One glossary term per file, marked up as the EPUB structural semantics and DPUB-ARIA
// describe a glossary: a `doc-glossary` section with a `dl` whose `dt` (glossterm) holds the
// term as `dfn` and whose `dd` (glossdef) holds the definition, the see-also list and the
// backlinks. The section is named by the term.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Entry } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { entryList } from '../html/entry-page.ts';
import { idsOf, resolveTargets } from '../link-targets.ts';
import type { EpubContext, EpubDocument } from './chapter.ts';
import { nameAllocator } from './unique-names.ts';

export function entryDocument(entry: Entry, context: EpubContext): EpubDocument {
  const { book, names, urls } = context;
  const id = nameAllocator(idsOf(entry.hast));
  const [termId, seeAlsoId, backlinksId] = [id('begriff'), id('siehe-auch'), id('verweise')];
  const links = (heading: string, headingId: string, className: string, slugs: readonly string[]) =>
    slugs.length === 0 ? '' : h('section', { className: [className], ariaLabelledBy: headingId }, [h('h2', { id: headingId }, heading), entryList(slugs, book, names.entry)]);
  const byline = [entry.author, entry.date && formatDate(entry.date)].filter(Boolean).join(' · ');
  // The notes (GFM footnotes, last in the body) follow the byline, so it stays with the text.
  const body = resolveTargets(entry.hast, urls).children as ElementContent[];
  const isNotes = (node: ElementContent) => node.type === 'element' && node.properties.dataFootnotes !== undefined;
  return {
    file: names.entry(entry.slug),
    title: entry.title,
    bodyType: 'bodymatter',
    body: [
      h('section', { 'epub:type': 'glossary', role: 'doc-glossary', className: ['glossary-entry'], ariaLabelledBy: termId }, [
        h('dl', [
          h('dt', { id: termId, 'epub:type': 'glossterm', className: ['term'] }, [h('dfn', entry.title)]),
          h('dd', { 'epub:type': 'glossdef', className: ['definition'] }, [
            entry.aliases.length > 0 ? h('p', { className: ['aliases'] }, `${labels.alsoKnownAs}: ${entry.aliases.join(', ')}`) : '',
            entry.draft ? h('p', { className: ['draft-note'] }, labels.draftNote) : '',
            ...body.filter((node) => !isNotes(node)),
            byline ? h('p', { className: ['byline'] }, byline) : '',
            ...body.filter(isNotes),
            links(labels.seeAlso, seeAlsoId, 'see-also', entry.see),
            links(labels.backlinks, backlinksId, 'backlinks', entry.backlinks),
          ]),
        ]),
      ]),
    ],
  };
}
