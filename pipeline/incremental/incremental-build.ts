// The editing loop's build: load with the document cache, render with the page cache, and say
// what changed. The HTML site is the output here; the dev server holds it in memory and a
// SiteMirror can write it into a folder, changed files only.
import type { VFile } from 'vfile';
import { countMessages } from '../messages.ts';
import type { Book } from '../model.ts';
import { siteAssetFiles, siteCss } from '../render/html/render-html.ts';
import { DocumentCache } from './document-cache.ts';
import { PageCache } from './page-cache.ts';
import type { Site } from './site-files.ts';

export interface IncrementalOptions {
  contentDir: string;
  drafts: boolean;
  /** Treat warnings as errors, as `--strict` does. */
  strict?: boolean;
}

export interface RebuildResult {
  /** Every content file with its messages, as a one-shot build reports them. */
  files: VFile[];
  /** False when content errors (or warnings with `strict`) stop the build; the site is then the previous one. */
  ok: boolean;
  book?: Book;
  /** The whole site; undefined until a build succeeded. */
  site?: Site;
  /** Site paths whose bytes (or source) differ from the previous successful build. */
  changed: string[];
  /** What was done again: files parsed, documents transformed, pages rendered. */
  work: { parsed: string[]; transformed: string[]; rendered: string[] };
  /** Milliseconds: load (read, parse, validate, transform) and render. */
  ms: { load: number; render: number };
}

/** Markdown and book.yaml are compared byte for byte on every load; other files are images (or folders of them). */
const isText = (path: string) => /\.(md|ya?ml)$/i.test(path);

export class IncrementalBuild {
  readonly #options: IncrementalOptions;
  readonly #documents = new DocumentCache();
  readonly #pages = new PageCache();
  #site: Site | undefined;

  constructor(options: IncrementalOptions) {
    this.#options = options;
  }

  /**
   * Builds again. `changedPaths` (absolute, from a watcher) is a hint: a changed file in the
   * content folder other than Markdown or YAML (an image) makes every document transform again
   * and every page count as changed. The files and book of a result are those of the cache:
   * read them before the next rebuild, which reuses them.
   */
  async rebuild(changedPaths: readonly string[] = []): Promise<RebuildResult> {
    const assetsChanged = changedPaths.some((path) => path.startsWith(this.#options.contentDir) && !isText(path));
    if (assetsChanged) this.#documents.forgetTransforms();
    const loadStarted = performance.now();
    const { book, files } = await this.#documents.load({ contentDir: this.#options.contentDir, drafts: this.#options.drafts });
    const load = performance.now() - loadStarted;
    const { parsed, transformed } = this.#documents.stats;
    const counts = countMessages(files);
    const ok = book !== undefined && counts.errors === 0 && !(this.#options.strict && counts.warnings > 0);
    if (!ok) {
      return { files, ok, ...(this.#site && { site: this.#site }), changed: [], work: { parsed, transformed, rendered: [] }, ms: { load, render: 0 } };
    }
    const renderStarted = performance.now();
    const site: Site = new Map();
    for (const [path, html] of this.#pages.render(book)) site.set(path, { bytes: html });
    site.set('assets/style.css', { bytes: Buffer.from(siteCss()) });
    for (const file of siteAssetFiles(book)) site.set(file.path, { source: file.source });
    const render = performance.now() - renderStarted;
    const changed = assetsChanged ? [...site.keys()] : changedFiles(this.#site, site);
    this.#site = site;
    return { files, ok, book, site, changed: changed.sort(), work: { parsed, transformed, rendered: this.#pages.rendered }, ms: { load, render } };
  }
}

function changedFiles(before: Site | undefined, after: Site): string[] {
  const changed: string[] = [];
  for (const [path, file] of after) {
    const old = before?.get(path);
    const same = old && ('bytes' in file ? 'bytes' in old && old.bytes.equals(file.bytes) : 'source' in old && old.source === file.source);
    if (!same) changed.push(path);
  }
  for (const path of before?.keys() ?? []) if (!after.has(path)) changed.push(path);
  return changed;
}
