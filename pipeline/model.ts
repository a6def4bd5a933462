// The one in-memory book, built once from content/ and only read by the renderers.
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';

export interface BookMeta {
  title: string;
  subtitle: string;
  publisher: string;
  publisherShort: string;
  funding: string;
  language: string;
  /** A stable `urn:uuid:…` that identifies the publication across editions. */
  identifier: string;
  /** Edition date, `YYYY-MM-DD`; also the timestamp of reproducible builds. */
  edition: string;
  description: string;
  rights: string;
  keywords: string[];
  /** Base name of output files, e.g. `glossar-kulturelle-schulentwicklung`. */
  output: string;
}

/**
 * What every content document has: its source file and its transformed tree. Not its Markdown
 * tree, which no renderer reads: kept for 2,000 entries it held 23 MB of Node's heap while
 * Chromium laid out the handbook, the build's tightest moment for memory.
 */
export interface Document {
  slug: string;
  title: string;
  draft: boolean;
  file: VFile;
  /**
   * Target-neutral HTML tree. Links to entries are `<a data-entry="slug">` (optionally with
   * `data-fragment`) and images from content are `<img data-asset="/abs/path">`: each renderer
   * turns them into URLs of its own (see render/link-targets.ts).
   */
  hast: HastRoot;
}

export interface Entry extends Document {
  kind: 'entry';
  aliases: string[];
  /** See-also targets as slugs, in the order the editor wrote them. */
  see: string[];
  author?: string;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** Slugs this entry's body links to (without itself), in document order, unique. */
  links: string[];
  /** Slugs of entries whose body or see-also links here, in A–Z order. */
  backlinks: string[];
  /** A–Z group, e.g. `A` (Ä sorts and groups with A). */
  letter: string;
}

export interface NewsItem extends Document {
  kind: 'news';
  date: string;
  link?: string;
}

export interface Page extends Document {
  kind: 'page';
  /** Order among front-matter pages; lower first. */
  order: number;
}

export interface LetterGroup {
  letter: string;
  entries: Entry[];
}

export interface Book {
  meta: BookMeta;
  /** Entries in German A–Z order. */
  entries: Entry[];
  /** News, newest first. */
  news: NewsItem[];
  pages: Page[];
  letters: LetterGroup[];
  /** Absolute paths of images referenced by content, for renderers to copy or embed. */
  assets: string[];
  /** Every source file, also those of documents left out (drafts), for reporting. */
  files: VFile[];
}
