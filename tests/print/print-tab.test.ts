// A tab printing a long series renews itself (print-tab.ts): after `renewAfter` prints it goes on
// in a new page, a renderer process of its own, the old one closed first, and prints as before.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { PrintTab } from '../../pipeline/render/pdf/print-tab.ts';
import { textPages } from '../helpers/pdf-inspect.ts';

function document(text: string): Root {
  return { type: 'root', children: [h('html', { lang: 'de' }, [h('head', [h('title', text), h('style', '@page { size: A6; }')]), h('body', [h('p', text)])])] };
}

describe('PrintTab', () => {
  it('goes on in a new renderer after `renewAfter` prints, and prints each document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glossar-print-tab-'));
    try {
      await withTestBrowser(dir, async (session) => {
        const tab = await PrintTab.open(session, { renewAfter: 2 });
        const pages: Page[] = [];
        const texts: string[] = [];
        for (const [index, text] of ['Erstes Blatt', 'Zweites Blatt', 'Drittes Blatt'].entries()) {
          const pdf = await tab.print(join(dir, `blatt-${index + 1}.html`), document(text), { tagged: false });
          const file = join(dir, `blatt-${index + 1}.pdf`);
          await writeFile(file, pdf);
          texts.push(textPages(file).map((page) => page.words.map((word) => word.text).join(' ')).join(' | '));
          pages.push(tab.page);
        }
        expect(texts).toEqual(['Erstes Blatt', 'Zweites Blatt', 'Drittes Blatt']);
        // Two prints in the first page (the second swapped its body in), the third in a new one.
        expect(pages[1]).toBe(pages[0]);
        expect(pages[2]).not.toBe(pages[0]);
        expect(pages[0]!.isClosed()).toBe(true);
        expect(pages[2]!.isClosed()).toBe(false);
        await tab.close();
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
