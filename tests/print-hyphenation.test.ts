// Chromium has no German hyphenation of its own: only the soft hyphens the pipeline inserts can
// break a long compound. Prints a narrow column with the real fonts and stylesheet and reads it back.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'hastscript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestBrowser } from './helpers/test-browser.ts';
import type { Book } from '../pipeline/model.ts';
import { PrintTab } from '../pipeline/render/pdf/print-tab.ts';
import { printShell } from '../pipeline/render/print/print-document.ts';
import { writePrintAssets } from '../pipeline/render/print/print-assets.ts';
import { hyphenateText } from '../pipeline/render/print/rehype-hyphenate.ts';
import { textPages } from './helpers/pdf-inspect.ts';

const sentence = 'Die Kooperationsvereinbarung zwischen Land und Kommune regelt die Bildungsnetzwerke.';
let dir: string;
const lines: Record<'hyphenated' | 'plain', string[]> = { hyphenated: [], plain: [] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossar-hyphenation-'));
  const meta = { title: 'Test', language: 'de', description: '' } as Book['meta'];
  await writePrintAssets(dir, { assets: [] } as unknown as Book);
  await withTestBrowser(dir, async (session) => {
    const tab = await PrintTab.open(session);
    for (const kind of ['hyphenated', 'plain'] as const) {
      const text = kind === 'hyphenated' ? hyphenateText(sentence) : sentence;
      const tree = printShell(meta, { title: kind, stylesheet: 'print.css', bodyClass: 'handbook' }, [h('p', { style: 'width: 30mm; text-align: left' }, text)]);
      const file = join(dir, `${kind}.pdf`);
      await writeFile(file, await tab.print(join(dir, `${kind}.html`), tree, { tagged: false }));
      lines[kind] = textPages(file)[0]!.lines.map((line) => line.text);
    }
    await tab.close();
  });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hyphenation in a narrow column', () => {
  it('breaks "Kooperationsvereinbarung" with a hyphen at a syllable', () => {
    const broken = lines.hyphenated.findIndex((line) => /Ko[a-zäöüß]*-$/.test(line));
    expect(broken, lines.hyphenated.join(' / ')).toBeGreaterThanOrEqual(0);
    const head = lines.hyphenated[broken]!.split(' ').at(-1)!.slice(0, -1);
    const tail = lines.hyphenated[broken + 1]!.split(' ')[0]!;
    expect(`${head}${tail.replace(/-$/, '')}`).toMatch(/^Ko/);
    expect('Kooperationsvereinbarung'.startsWith(head)).toBe(true);
    expect(lines.hyphenated.join(' ')).not.toContain('Kooperationsvereinbarung');
  });

  it('needs the soft hyphens: without them the word is only cut by force, with no hyphen', () => {
    expect(lines.plain.some((line) => line.endsWith('-'))).toBe(false);
    expect(lines.plain.join('')).toContain('Kooperationsvereinbarung');
  });
});
