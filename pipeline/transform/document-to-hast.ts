// The target-neutral transform of one document: resolve links, turn Markdown into HTML, parse
// and sanitize raw HTML, check images, give headings stable ids.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { EntryIndex } from './entry-index.ts';
import rehypeContentImages from './rehype-content-images.ts';
import rehypeRawWhereNeeded from './rehype-raw-where-needed.ts';
import rehypeUnsafeHtmlWarnings from './rehype-unsafe-html-warnings.ts';
import remarkEntryLinks from './remark-entry-links.ts';
import remarkWikiLinks from './remark-wiki-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface TransformContext {
  index: EntryIndex;
  contentDir: string;
}

export function documentToHast(mdast: MdastRoot, file: VFile, context: TransformContext, selfSlug?: string): HastRoot {
  const processor = unified()
    .use(remarkWikiLinks)
    .use(remarkEntryLinks, { index: context.index, contentDir: context.contentDir, ...(selfSlug && { selfSlug }) })
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', footnoteLabel: 'Anmerkungen', footnoteBackLabel: 'Zurück zum Text' })
    .use(rehypeRawWhereNeeded)
    .use(rehypeUnsafeHtmlWarnings, { schema: sanitizeSchema })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeContentImages, { contentDir: context.contentDir })
    .use(rehypeSlug);
  return processor.runSync(mdast, file) as HastRoot;
}
