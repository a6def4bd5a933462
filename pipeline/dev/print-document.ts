// A provisional print document for the dev server's print preview: every entry in A–Z order in
// one HTML file, styled by templates/print.css when it exists, else by a small A5 style below.
//
// SEAM: this stands in for the print document of the PDF work (issue #3), which was not on this
// branch when the preview was written. After merging, replace `printDocumentHtml` (and the
// `PrintPdfSource` in print-preview.ts) with that renderer's own, so that the preview shows
// exactly what `npm run build:pdf` prints.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Book } from '../model.ts';
import { fontFaceCss } from '../render/fonts.ts';
import { labels } from '../render/german.ts';
import { resolveTargets } from '../render/link-targets.ts';
import { readTemplate, templatesDir } from '../templates.ts';

export const fallbackPrintCss = `@page { size: A5; margin: 18mm 15mm 20mm; @bottom-center { content: counter(page); font: 9pt 'Source Sans 3', sans-serif; } }
@page :first { @bottom-center { content: none; } }
html { font: 10pt/1.45 'Source Serif 4', Georgia, serif; hyphens: auto; }
body { margin: 0; }
h1, h2, h3 { font-family: 'Source Sans 3', sans-serif; line-height: 1.2; hyphens: manual; }
.title-page { break-after: page; padding-top: 45mm; text-align: center; }
.title-page h1 { font-size: 22pt; }
.letter-heading { break-before: page; font-size: 26pt; margin: 0 0 6mm; }
.entry { margin: 0 0 7mm; }
.entry h3 { font-size: 13pt; break-after: avoid; margin: 0 0 2mm; }
.entry h2 { font-size: 11pt; break-after: avoid; }
.see-also { font-size: 9pt; }
table { border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0; }
th, td { border: 0.5pt solid #888; padding: 1mm 2mm; text-align: left; vertical-align: top; }
a { color: inherit; text-decoration: none; }
img { max-width: 100%; }`;

/** templates/print.css of the PDF work when present, else the provisional A5 style. */
export function printCss(): { css: string; fromTemplates: boolean } {
  const fromTemplates = existsSync(join(templatesDir, 'print.css'));
  return { css: fromTemplates ? readTemplate('print.css') : fallbackPrintCss, fromTemplates };
}

export interface PrintUrls {
  /** Prefix of font file URLs, e.g. `/assets/fonts/` or `fonts/`. */
  fonts: string;
  asset(absolutePath: string): string;
}

export function printDocumentHtml(book: Book, urls: PrintUrls): string {
  const bySlug = new Map(book.entries.map((entry) => [entry.slug, entry]));
  const entryArticle = (slug: string): ElementContent => {
    const entry = bySlug.get(slug)!;
    const scheme = { entry: (target: string, fragment?: string) => `#${fragment ? `${target}--${fragment}` : target}`, asset: urls.asset, idPrefix: `${slug}--` };
    return h('article', { className: ['entry'], id: slug }, [
      h('h3', entry.title),
      ...(resolveTargets(entry.hast, scheme).children as ElementContent[]),
      entry.see.length > 0
        ? h('p', { className: ['see-also'] }, [`${labels.seeAlso}: `, ...entry.see.flatMap((target, index) => [index > 0 ? ', ' : '', h('a', { href: `#${target}` }, bySlug.get(target)?.title ?? target)])])
        : '',
    ]);
  };
  const tree = {
    type: 'root' as const,
    children: [
      { type: 'doctype' as const },
      h('html', { lang: book.meta.language }, [
        h('head', [h('meta', { charSet: 'utf-8' }), h('title', book.meta.title), h('style', `${fontFaceCss(urls.fonts)}\n${printCss().css}`)]),
        h('body', [
          h('section', { className: ['title-page'] }, [h('h1', book.meta.title), h('p', book.meta.subtitle), h('p', book.meta.publisher)]),
          ...book.letters.map((group) => h('section', { className: ['letter'] }, [h('h2', { className: ['letter-heading'] }, group.letter), ...group.entries.map((entry) => entryArticle(entry.slug))])),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
