// The edits of `renumber` (print/renumber.ts) made in the tab that shows the document, so that it
// need not be serialized and swapped in anew: Chromium then lays out again only what changed
// size, and keeps no replaced copy of a large document in memory.
import { toHtml } from 'hast-util-to-html';
import type { Page } from 'puppeteer-core';
import { numberClasses, type Renumbering } from '../print/renumber.ts';
import { blankPage } from '../print/title-pages.ts';

export async function renumberShown(page: Page, { labels, blankBefore }: Renumbering): Promise<void> {
  const problem = await page.evaluate(
    (selector: string, labels: string[], blankBefore: Array<[string, boolean]>, blankPage: string) => {
      const numbers = document.querySelectorAll(selector);
      if (numbers.length !== labels.length) return `the tab shows ${numbers.length} page numbers, the document has ${labels.length}`;
      numbers.forEach((number, index) => {
        if (number.textContent !== labels[index]) number.textContent = labels[index]!;
      });
      for (const [id, blank] of blankBefore) {
        const section = document.getElementById(id)?.closest('body > *');
        if (!section) return `the tab shows no part ${id}`;
        const before = section.previousElementSibling;
        if ((before?.classList.contains('blank-page') ?? false) === blank) continue;
        if (blank) section.insertAdjacentHTML('beforebegin', blankPage);
        else before!.remove();
      }
      return undefined;
    },
    numberClasses.map((name) => `.${name}`).join(', '),
    labels,
    blankBefore,
    // The element the document itself has, written as the document is.
    toHtml(blankPage()),
  );
  if (problem) throw new Error(`Renumbering the document in the tab failed: ${problem}`);
}
