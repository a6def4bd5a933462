// rehype-raw runs only where a document holds raw HTML (rehype-raw-where-needed.ts): the HTML of
// every content/ document is the same as with rehype-raw always run, and raw HTML is still parsed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import rehypeRawWhereNeeded from '../pipeline/transform/rehype-raw-where-needed.ts';

function html(markdown: string, raw: Plugin<[], Root>): { html: string; rawNodes: number } {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(raw);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  let rawNodes = 0;
  visit(tree, 'raw', () => void rawNodes++);
  return { html: toHtml(tree), rawNodes };
}

const documents = ['glossar', 'nachrichten'].flatMap((folder) => readdirSync(join('content', folder)).filter((name) => name.endsWith('.md')).map((name) => join('content', folder, name)));

describe('rehype-raw where needed', () => {
  it('gives every content/ document the HTML rehype-raw gives it', () => {
    expect(documents.length).toBeGreaterThan(30);
    for (const path of documents) {
      const markdown = readFileSync(path, 'utf8');
      expect(html(markdown, rehypeRawWhereNeeded as Plugin<[], Root>).html, path).toBe(html(markdown, rehypeRaw as Plugin<[], Root>).html);
    }
  });

  it('still parses raw HTML', () => {
    const result = html('Drücke <kbd>Strg</kbd> und *los*.\n\n<div class="kasten">\n\nText\n\n</div>\n', rehypeRawWhereNeeded as Plugin<[], Root>);
    expect(result.rawNodes).toBe(0);
    expect(result.html).toContain('<kbd>Strg</kbd>');
    expect(result.html).toContain('<div class="kasten">');
  });
});
