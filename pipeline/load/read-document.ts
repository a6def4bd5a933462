// Reads one Markdown file of content/ into an entry, news item or page with validated front
// matter. Trees are transformed later, once the whole book is known.
import { basename } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportError } from '../messages.ts';
import { slugify } from '../slug.ts';
import { readBoolean, readDate, readString, readStringList, warnUnknownKeys, type PlacedString } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { readSource } from './read-source.ts';

export type DocumentKind = 'entry' | 'news' | 'page';

interface ParsedBase {
  slug: string;
  title: string;
  titlePlace: PlacedString['place'];
  draft: boolean;
  file: VFile;
  mdast: Root;
}

export interface ParsedEntry extends ParsedBase {
  kind: 'entry';
  aliases: PlacedString[];
  see: PlacedString[];
  author?: string;
  date?: string;
}

export interface ParsedNews extends ParsedBase {
  kind: 'news';
  date: string;
  link?: string;
}

export interface ParsedPage extends ParsedBase {
  kind: 'page';
  order: number;
}

export type ParsedDocument = ParsedEntry | ParsedNews | ParsedPage;

const knownKeys: Record<DocumentKind, readonly string[]> = {
  entry: ['title', 'aliases', 'see', 'author', 'date', 'draft'],
  news: ['title', 'date', 'link', 'draft'],
  page: ['title', 'order', 'draft'],
};

/** `bytes` are the file's, when the caller has read them already. */
export async function readDocument(kind: DocumentKind, path: string, displayPath: string, bytes?: Uint8Array): Promise<{ document?: ParsedDocument; file: VFile }> {
  const { file, readable } = await readSource(path, displayPath, bytes);
  if (!readable) return { file };
  const mdast = parseMarkdown(file);
  const matter = readFrontMatter(file, mdast);
  if (!matter) return { file };
  warnUnknownKeys(file, matter, knownKeys[kind]);
  const title = readString(file, matter, 'title', true);
  const draft = readBoolean(file, matter, 'draft');
  const slug = slugify(basename(path).replace(/\.md$/i, ''));
  if (!slug) reportError(file, 'File name has no letters or digits to make a slug from; rename the file after its title', { line: 1, column: 1 }, 'invalid-file-name');
  const base = { slug, title: title ?? '', titlePlace: matter.fields.get('title')?.valuePlace ?? matter.place, draft, file, mdast };
  if (kind === 'entry') {
    const aliases = readStringList(file, matter, 'aliases');
    const see = readStringList(file, matter, 'see');
    const author = readString(file, matter, 'author', false);
    const date = readDate(file, matter, 'date', { required: false, allowMonth: true });
    if (title === undefined || !slug) return { file };
    return { file, document: { ...base, kind, aliases, see, ...(author && { author }), ...(date && { date }) } };
  }
  if (kind === 'news') {
    const date = readDate(file, matter, 'date', { required: true, allowMonth: false });
    const link = readString(file, matter, 'link', false);
    if (link !== undefined && !/^https?:\/\/\S+$/.test(link)) {
      reportError(file, `\`link\` must be a web address starting with \`https://\`, not \`${link}\``, matter.fields.get('link')!.valuePlace, 'invalid-link');
    }
    if (title === undefined || date === undefined || !slug) return { file };
    return { file, document: { ...base, kind, date, ...(link && { link }) } };
  }
  const orderField = matter.fields.get('order');
  let order = 100;
  if (orderField && typeof orderField.value === 'number') order = orderField.value;
  else if (orderField) reportError(file, `\`order\` must be a number, not \`${String(orderField.value)}\``, orderField.valuePlace, 'invalid-type');
  if (title === undefined || !slug) return { file };
  return { file, document: { ...base, kind, order } };
}
