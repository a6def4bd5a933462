// The page furniture as a document of its own: one A5 page per handbook page with its running
// head and page number, placed by print.css. The PDF step draws each of its pages over the
// matching handbook page, marked as an artifact (pagination is not part of the text).
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { BookMeta } from '../../model.ts';
import type { PageFurniture } from './page-plan.ts';
import { printShell } from './print-document.ts';

export function furnitureDocument(meta: BookMeta, pages: readonly PageFurniture[]): Root {
  return printShell(
    meta,
    { title: meta.title, stylesheet: 'print.css', bodyClass: 'furniture' },
    pages.map((page) =>
      h('div', { className: ['furniture-page', page.side] }, [
        page.head
          ? h('div', { className: ['furniture-head'] }, page.head.flatMap((text, index) => [...(index > 0 ? [h('span', { className: ['dash'] }, '–')] : []), h('span', text)]))
          : '',
        page.folio ? h('div', { className: ['furniture-folio'] }, page.folio) : '',
      ]),
    ),
  );
}
