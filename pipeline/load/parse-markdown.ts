// The one Markdown dialect of the content: CommonMark + GFM (tables, strikethrough, footnotes)
// with YAML front matter kept in the tree, so positions stay those of the file.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseMarkdown(file: VFile): Root {
  return parser.parse(file);
}
