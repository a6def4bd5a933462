// The handbook's print document as the dev server serves it at /_print/dokument.html, for
// looking into the layout in a browser (and as the preview when there is no Chromium): the
// document `build:pdf` prints first, with its stylesheet at /_print/print.css. Fonts and images
// come from the site the server holds, which has the same files under assets/. Its "(S. n)"
// numbers are the first render's guesses; the PDF has the measured ones.
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { Book } from '../model.ts';
import { firstNumbers, printDocument } from '../render/print/print-document.ts';
import { printStylesheet } from '../render/print/print-assets.ts';

/** Where the print document and the site keep content images (same file names). */
const printImages = 'images/';
const siteImages = '/assets/images/';

export function printDocumentHtml(book: Book): string {
  const { tree } = printDocument(book, firstNumbers(book));
  for (const image of selectAll('img', tree)) {
    const src = String(image.properties.src ?? '');
    if (src.startsWith(printImages)) image.properties.src = siteImages + src.slice(printImages.length);
  }
  return toHtml(tree);
}

export const printCss = () => printStylesheet('print.css', '/assets/fonts/');
