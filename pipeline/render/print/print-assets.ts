// The folder the print documents load from (<out>/print/): stylesheets with the font faces,
// the font files and the content's images. Kept after the build for looking into layouts.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Book } from '../../model.ts';
import { readTemplate } from '../../templates.ts';
import { fontFaceCss, fontFiles } from '../fonts.ts';
import { assetFileName } from '../link-targets.ts';

export const printStylesheets = ['print.css', 'handout.css'] as const;

export type PrintStylesheet = (typeof printStylesheets)[number];

/** A print stylesheet with its font faces, whose files are at `fontPrefix` (e.g. `fonts/`). */
export function printStylesheet(name: PrintStylesheet, fontPrefix: string): string {
  return [fontFaceCss(fontPrefix), readTemplate('print-common.css'), readTemplate(name)].join('\n');
}

export async function writePrintAssets(dir: string, book: Book): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true });
  await mkdir(join(dir, 'images'), { recursive: true });
  await Promise.all([
    ...printStylesheets.map((name) => writeFile(join(dir, name), printStylesheet(name, 'fonts/'))),
    ...fontFiles().map((font) => copyFile(font.source, join(dir, 'fonts', font.name))),
    ...book.assets.map((asset) => copyFile(asset, join(dir, 'images', assetFileName(asset)))),
  ]);
}
