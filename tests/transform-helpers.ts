// Runs the document transform on a Markdown string inside a small in-memory glossary.
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { parseMarkdown } from '../pipeline/load/parse-markdown.ts';
import { documentToHast } from '../pipeline/transform/document-to-hast.ts';
import { EntryIndex } from '../pipeline/transform/entry-index.ts';
import { fixture } from './helpers.ts';

export const contentDir = fixture('valid');
export const index = new EntryIndex(
  [
    { slug: 'inklusion', title: 'Inklusion', aliases: ['inklusive Bildung'] },
    { slug: 'partizipation', title: 'Partizipation', aliases: [] },
  ],
  [{ slug: 'entwurf', title: 'Entwurf', aliases: [] }],
);

export function transform(markdown: string, selfSlug = 'partizipation'): { html: string; tree: Root; file: VFile } {
  const file = new VFile({ path: 'glossar/test.md', value: markdown });
  file.data.absolutePath = join(contentDir, 'glossar', 'test.md');
  const tree = documentToHast(parseMarkdown(file), file, { index, contentDir }, selfSlug);
  return { html: toHtml(tree), tree, file };
}
