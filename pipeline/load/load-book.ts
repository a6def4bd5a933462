// Builds the one Book from content/: reads every file, validates it, checks names across files,
// then transforms each document once. All problems end up as messages on the files.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { VFile } from 'vfile';
import { compareGerman, letterOf } from '../collation.ts';
import { reportError, reportWarning } from '../messages.ts';
import type { Book, Entry, LetterGroup, NewsItem, Page } from '../model.ts';
import { documentToHast, type TransformContext } from '../transform/document-to-hast.ts';
import { EntryIndex } from '../transform/entry-index.ts';
import { collectAssets } from './collect-assets.ts';
import { readBookMeta } from './book-meta.ts';
import { checkNames, checkSiteFileNames } from './check-names.ts';
import { readDocument, type DocumentKind, type ParsedDocument, type ParsedEntry } from './read-document.ts';
import { resolveSeeAlso } from './resolve-see-also.ts';

export interface LoadOptions {
  contentDir: string;
  /** Include entries marked `draft: true`. */
  drafts: boolean;
  /** How single documents are read and transformed; a cache may reuse earlier work (see pipeline/incremental/). */
  steps?: DocumentSteps;
}

/** The per-document work of a load. Everything across documents is always computed afresh. */
export interface DocumentSteps {
  read(kind: DocumentKind, path: string, displayPath: string): Promise<{ document?: ParsedDocument; file: VFile }>;
  /** Resolves links and turns the document into HTML. */
  transform(document: ParsedDocument, context: TransformContext): HastRoot;
}

export const directSteps: DocumentSteps = {
  read: readDocument,
  transform(document, context) {
    const selfSlug = document.kind === 'entry' ? document.slug : undefined;
    return documentToHast(document.mdast, document.file, context, selfSlug);
  },
};

export interface LoadResult {
  /** Undefined when content errors prevent a book; `files` then says why. */
  book?: Book;
  files: VFile[];
  /** Where the time went: reading and validating files, then transforming documents. */
  timings?: { readMs: number; transformMs: number };
}

const folders: Array<[DocumentKind, string]> = [
  ['entry', 'glossar'],
  ['news', 'nachrichten'],
  ['page', 'seiten'],
];

async function listFolder(contentDir: string, folder: string, files: VFile[]): Promise<string[]> {
  const dir = join(contentDir, folder);
  let items: Dirent[];
  try {
    items = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
  const markdown: string[] = [];
  for (const item of items) {
    if (item.name.startsWith('.')) continue;
    const path = join(dir, item.name);
    // The folder listing says what each name is; only a link is looked up, to what it points to
    // (500 entries: a stat call per file made a warm load ~35 ms slower, 137-151 against 107-117 ms).
    const kind = item.isSymbolicLink() ? await stat(path).catch(() => undefined) : item;
    if (/\.md$/i.test(item.name) && kind?.isFile()) {
      markdown.push(path);
    } else if (!kind || !kind.isDirectory()) {
      const file = new VFile({ path: relative(process.cwd(), path) });
      if (kind) reportWarning(file, `Not a Markdown file (\`.md\`); ignored`, undefined, 'not-markdown');
      else reportWarning(file, 'Link to a file that does not exist; ignored', undefined, 'broken-link');
      files.push(file);
    }
  }
  return markdown;
}

export async function loadBook(options: LoadOptions): Promise<LoadResult> {
  const { contentDir } = options;
  const started = performance.now();
  const steps = options.steps ?? directSteps;
  const displayDir = relative(process.cwd(), contentDir) || '.';
  const files: VFile[] = [];
  try {
    if (!(await stat(contentDir)).isDirectory()) throw new Error('not a folder');
  } catch {
    const file = new VFile({ path: displayDir });
    reportError(file, 'Content folder does not exist; pass the right one with `--content DIR`', undefined, 'missing-content');
    return { files: [file] };
  }
  const { meta, file: metaFile } = await readBookMeta(contentDir, displayDir);
  files.push(metaFile);

  const parsed: ParsedDocument[] = [];
  for (const [kind, folder] of folders) {
    const paths = await listFolder(contentDir, folder, files);
    const results = await Promise.all(paths.map((path) => steps.read(kind, path, relative(process.cwd(), path))));
    for (const { document, file } of results) {
      files.push(file);
      if (document) parsed.push(document);
    }
  }
  const parsedEntries = parsed.filter((document): document is ParsedEntry => document.kind === 'entry');
  if (parsedEntries.length === 0 && files.every((file) => !file.messages.some((message) => message.fatal))) {
    const file = new VFile({ path: join(displayDir, 'glossar') });
    reportError(file, 'No glossary entries found: add Markdown files to `glossar/`', undefined, 'no-entries');
    files.push(file);
  }
  checkNames(parsed);
  checkSiteFileNames(parsed);

  const transformStarted = performance.now();
  const included = parsed.filter((document) => options.drafts || !document.draft);
  const includedEntries = included.filter((document): document is ParsedEntry => document.kind === 'entry');
  const excludedEntries = parsedEntries.filter((entry) => !included.includes(entry));
  const index = new EntryIndex(
    includedEntries.map((entry) => ({ slug: entry.slug, title: entry.title, aliases: entry.aliases.map((alias) => alias.value) })),
    excludedEntries.map((entry) => ({ slug: entry.slug, title: entry.title, aliases: entry.aliases.map((alias) => alias.value) })),
  );
  const context: TransformContext = { index, contentDir };

  const entries: Entry[] = [];
  const news: NewsItem[] = [];
  const pages: Page[] = [];
  for (const document of included) {
    const hast = steps.transform(document, context);
    const base = { slug: document.slug, title: document.title, draft: document.draft, file: document.file, hast };
    if (document.kind === 'entry') {
      entries.push({
        ...base,
        kind: 'entry',
        aliases: document.aliases.map((alias) => alias.value),
        see: resolveSeeAlso(document, index),
        ...(document.author && { author: document.author }),
        ...(document.date && { date: document.date }),
        links: [],
        backlinks: [],
        letter: letterOf(document.title),
      });
    } else if (document.kind === 'news') {
      news.push({ ...base, kind: 'news', date: document.date, ...(document.link && { link: document.link }) });
    } else {
      pages.push({ ...base, kind: 'page', order: document.order });
    }
  }

  if (!meta || files.some((file) => file.messages.some((message) => message.fatal))) return { files };

  entries.sort((a, b) => compareGerman(a.title, b.title));
  news.sort((a, b) => (a.date === b.date ? compareGerman(a.title, b.title) : a.date < b.date ? 1 : -1));
  pages.sort((a, b) => a.order - b.order || compareGerman(a.title, b.title));
  linkEntries(entries);
  const timings = { readMs: transformStarted - started, transformMs: performance.now() - transformStarted };
  return {
    files,
    timings,
    book: { meta, entries, news, pages, letters: groupByLetter(entries), assets: collectAssets([...entries, ...news, ...pages]), files },
  };
}

function linkEntries(entries: Entry[]): void {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const backlinks = new Map<string, Set<string>>();
  for (const entry of entries) {
    entry.links = linkedSlugs(entry).filter((slug) => slug !== entry.slug);
    for (const target of new Set([...entry.links, ...entry.see])) {
      if (target === entry.slug) continue;
      if (!backlinks.has(target)) backlinks.set(target, new Set());
      backlinks.get(target)!.add(entry.slug);
    }
  }
  for (const entry of entries) {
    entry.backlinks = [...(backlinks.get(entry.slug) ?? [])].sort((a, b) => compareGerman(bySlug.get(a)!.title, bySlug.get(b)!.title));
  }
}

function linkedSlugs(entry: Entry): string[] {
  const slugs = new Set<string>();
  const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.dataEntry === 'string') slugs.add(node.properties.dataEntry);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(entry.hast);
  return [...slugs];
}

function groupByLetter(entries: Entry[]): LetterGroup[] {
  const groups: LetterGroup[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.letter === entry.letter) last.entries.push(entry);
    else groups.push({ letter: entry.letter, entries: [entry] });
  }
  return groups;
}
