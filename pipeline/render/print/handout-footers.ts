// The handouts' footers as a document of their own: the handbook's title and publisher on the
// left, "Seite x von y" on the right, in the page margin boxes of templates/handout.css, so they
// sit exactly where a handout printed alone would have them. Chromium counts pages over the whole
// print, and the handouts are printed as one, so each footer's numbers are written out: one page
// per distinct "x von y", each a named page with its own text (and the texts once more, hidden,
// see handout.css). The PDF step draws them over the handouts' pages as pagination artifacts.
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { BookMeta } from '../../model.ts';
import { labels } from '../german.ts';
import { printShell } from './print-document.ts';
import { printLabels } from './print-labels.ts';

/** Page `page` of a handout of `pages` pages. */
export interface FooterNumber {
  page: number;
  pages: number;
}

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export function footerText({ page, pages }: FooterNumber): string {
  return `${labels.page} ${page} ${printLabels.pageOf} ${pages}`;
}

/** One page per footer, in the order given. */
export function handoutFootersDocument(meta: BookMeta, footers: readonly FooterNumber[]): Root {
  const pageName = (index: number) => `fusszeile-${index + 1}`;
  const left = `${meta.title} · ${meta.publisher}`;
  const style = [
    `@page { @bottom-left { content: ${cssString(left)} } }`,
    ...footers.map((footer, index) => `@page ${pageName(index)} { @bottom-right { content: ${cssString(footerText(footer))} } } .${pageName(index)} { page: ${pageName(index)} }`),
  ].join('\n');
  return printShell(
    meta,
    { title: meta.title, stylesheet: 'handout.css', bodyClass: 'handout-footers', style },
    footers.map((footer, index) =>
      h('div', { className: ['handout-footer-page', pageName(index)] }, [h('span', { className: ['left'] }, left), h('span', { className: ['right'] }, footerText(footer))]),
    ),
  );
}
