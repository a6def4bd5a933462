// The documents before the glossary: the cover (the generated image), the title page with the
// imprint, and the text pages from content/seiten (the Vorwort).
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Page } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { idsOf, resolveTargets } from '../link-targets.ts';
import type { EpubContext, EpubDocument } from './chapter.ts';
import { nameAllocator } from './unique-names.ts';
import { coverAlt, epubWords } from './words.ts';

export function coverDocument(context: EpubContext, imageUrl: string): EpubDocument {
  const { meta } = context.book;
  return {
    file: context.names.cover,
    title: epubWords.cover,
    bodyType: 'frontmatter',
    body: [h('section', { 'epub:type': 'cover', className: ['cover'] }, [h('img', { src: imageUrl, alt: coverAlt(meta), role: 'doc-cover' })])],
  };
}

export function titlePageDocument(context: EpubContext): EpubDocument {
  const { meta } = context.book;
  const facts: Array<[string, string]> = [
    [labels.publisher, meta.publisher],
    [labels.edition, formatDate(meta.edition)],
    [epubWords.identifier, meta.identifier],
  ];
  return {
    file: context.names.titlePage,
    title: epubWords.titlePage,
    bodyType: 'frontmatter',
    body: [
      h('section', { 'epub:type': 'titlepage', className: ['titlepage'], ariaLabelledBy: 'titel' }, [
        h('p', { className: ['title-kicker'] }, meta.publisherShort),
        h('h1', { id: 'titel' }, meta.title),
        meta.subtitle ? h('p', { className: ['title-subtitle'] }, meta.subtitle) : '',
        h('p', { className: ['title-publisher'] }, meta.publisher),
      ]),
      h('section', { 'epub:type': 'imprint', className: ['imprint'], ariaLabelledBy: 'impressum' }, [
        h('h2', { id: 'impressum' }, labels.imprint),
        h('dl', facts.flatMap(([term, value]) => [h('dt', term), h('dd', value)])),
        meta.funding ? h('p', meta.funding) : '',
        h('p', meta.description),
        meta.rights ? h('p', { className: ['rights'] }, meta.rights) : '',
      ]),
    ],
  };
}

export function pageDocument(page: Page, context: EpubContext): EpubDocument {
  const id = nameAllocator(idsOf(page.hast))('seitentitel');
  const preface = page.slug === 'vorwort';
  const body = resolveTargets(page.hast, context.urls).children as ElementContent[];
  return {
    file: context.names.page(page.slug),
    title: page.title,
    bodyType: 'frontmatter',
    body: [h('section', { 'epub:type': preface ? 'preface' : 'chapter', role: preface ? 'doc-preface' : 'doc-chapter', ariaLabelledBy: id }, [h('h1', { id }, page.title), ...body])],
  };
}
