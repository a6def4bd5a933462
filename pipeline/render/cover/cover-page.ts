// The cover as an HTML page: typographic only (title, subtitle, publisher, edition), so the
// build needs no image files. Any output can render it; the EPUB screenshots it to PNG.
import { readFileSync } from 'node:fs';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { BookMeta } from '../../model.ts';
import { readTemplate } from '../../templates.ts';
import { fontFiles } from '../fonts.ts';
import { alphabet, formatDate, labels } from '../german.ts';

/** The faces the cover uses, embedded as data URLs so the page needs no file access. */
const coverFaces = new Set(['Source Sans 3 400 normal', 'Source Sans 3 600 normal', 'Source Sans 3 700 normal', 'Source Serif 4 400 normal']);

function embeddedFontCss(): string {
  return fontFiles()
    .filter((font) => coverFaces.has(`${font.family} ${font.weight} ${font.style}`))
    .map((font) => {
      const data = readFileSync(font.source).toString('base64');
      return `@font-face{font-family:'${font.family}';font-style:${font.style};font-weight:${font.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${font.unicodeRange}}`;
    })
    .join('\n');
}

/** A complete HTML document whose viewport width sets the scale (height = 1.5 × width). */
export function coverHtml(meta: BookMeta): string {
  const page = h('html', { lang: meta.language }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', meta.title), h('style', `${embeddedFontCss()}\n${readTemplate('cover.css')}`)]),
    h('body', [
      h('div', { className: ['band'] }),
      h('div', { className: ['content'] }, [
        h('p', { className: ['kicker'] }, meta.publisherShort),
        h('div', { className: ['rule'] }),
        h('h1', meta.title),
        meta.subtitle ? h('p', { className: ['subtitle'] }, meta.subtitle) : '',
        h('div', { className: ['alphabet'], ariaHidden: 'true' }, alphabet.map((letter) => h('span', letter))),
        h('div', { className: ['imprint'] }, [
          h('p', { className: ['publisher'] }, meta.publisher),
          meta.funding ? h('p', { className: ['funding'] }, meta.funding) : '',
          h('p', { className: ['edition'] }, `${labels.edition}: ${formatDate(meta.edition)}`),
        ]),
      ]),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(page)}`;
}
