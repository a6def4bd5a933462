// The first four pages: cover, a blank page (the inside of the cover), title page and imprint.
// Typographic only: no logo files are needed.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../model.ts';
import { formatDate, labels } from '../german.ts';
import { printLabels } from './print-labels.ts';
import type { TitlePage } from './print-structure.ts';

export const titlePageOrder: readonly TitlePage[] = ['cover', 'blank', 'title', 'imprint'];

export function blankPage(): ElementContent {
  return h('div', { className: ['blank-page'], ariaHidden: 'true' });
}

export function titlePages(book: Book): ElementContent[] {
  const { meta } = book;
  const edition = `${labels.edition}: ${formatDate(meta.edition)}`;
  return [
    h('section', { className: ['cover'] }, [
      h('p', { className: ['cover-publisher-short'] }, meta.publisherShort),
      h('h1', { className: ['cover-title'] }, meta.title),
      meta.subtitle ? h('p', { className: ['cover-subtitle'] }, meta.subtitle) : '',
      h('div', { className: ['cover-foot'] }, [
        h('p', { className: ['cover-publisher'] }, meta.publisher),
        meta.funding ? h('p', { className: ['cover-funding'] }, meta.funding) : '',
        h('p', { className: ['cover-edition'] }, edition),
      ]),
    ]),
    blankPage(),
    h('section', { className: ['title-page'] }, [
      h('p', { className: ['title-page-title'] }, meta.title),
      meta.subtitle ? h('p', { className: ['title-page-subtitle'] }, meta.subtitle) : '',
      h('p', { className: ['title-page-publisher'] }, [`${labels.publisher}: `, meta.publisher]),
    ]),
    h('section', { className: ['imprint'] }, [
      h('h2', { className: ['imprint-title'] }, labels.imprint),
      h('dl', [
        h('dt', labels.publisher),
        h('dd', meta.publisher),
        ...(meta.funding ? [h('dt', printLabels.funding), h('dd', meta.funding)] : []),
        h('dt', labels.edition),
        h('dd', formatDate(meta.edition)),
        h('dt', printLabels.identifier),
        h('dd', { className: ['no-hyphens'] }, meta.identifier),
      ]),
      h('p', { className: ['imprint-rights'] }, meta.rights || printLabels.rightsFallback),
      h('p', { className: ['imprint-fonts'] }, printLabels.fonts),
    ]),
  ];
}
