// Remembers the two expensive per-document steps of a load, for the editing loop: reading and
// parsing a file (redone only when its bytes change) and transforming it (redone only when the
// document changed or a name it links to now resolves differently; see recording-index.ts).
// Everything across documents (name checks, see-also, backlinks, A–Z) stays in loadBook and is
// recomputed on every load: it is cheap, and it keeps one-shot and incremental loads identical.
import { readFile } from 'node:fs/promises';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { directSteps, loadBook, type DocumentSteps, type LoadOptions, type LoadResult } from '../load/load-book.ts';
import type { DocumentKind, ParsedDocument } from '../load/read-document.ts';
import type { TransformContext } from '../transform/document-to-hast.ts';
import { recordTransform, transformHolds, type RecordedTransform } from './recorded-transform.ts';

interface CachedRead {
  bytes: Buffer;
  result: { document?: ParsedDocument; file: VFile };
  /** Messages of reading and parsing; later steps of a load add theirs after these. */
  parseMessages: number;
}

export interface DocumentCacheStats {
  /** Display paths of the files read and parsed anew in the last load. */
  parsed: string[];
  /** Display paths of the documents transformed anew in the last load. */
  transformed: string[];
}

export class DocumentCache implements DocumentSteps {
  readonly #reads = new Map<string, CachedRead>();
  #transforms = new WeakMap<ParsedDocument, RecordedTransform>();
  #seen = new Set<string>();
  stats: DocumentCacheStats = { parsed: [], transformed: [] };

  /** Loads the book, reusing what is unchanged since the previous load. */
  async load(options: Omit<LoadOptions, 'steps'>): Promise<LoadResult> {
    this.stats = { parsed: [], transformed: [] };
    this.#seen = new Set();
    const result = await loadBook({ ...options, steps: this });
    for (const key of this.#reads.keys()) if (!this.#seen.has(key)) this.#reads.delete(key);
    return result;
  }

  /**
   * Forgets every transform. Transforms also depend on image files (they must exist and be
   * images); the caller says when a file other than Markdown changed.
   */
  forgetTransforms(): void {
    this.#transforms = new WeakMap();
  }

  async read(kind: DocumentKind, path: string, displayPath: string): Promise<{ document?: ParsedDocument; file: VFile }> {
    const key = `${kind}\u0000${path}\u0000${displayPath}`;
    this.#seen.add(key);
    const bytes = await readFile(path);
    const cached = this.#reads.get(key);
    if (cached?.bytes.equals(bytes)) {
      cached.result.file.messages.splice(cached.parseMessages);
      return cached.result;
    }
    this.stats.parsed.push(displayPath);
    const result = await directSteps.read(kind, path, displayPath);
    this.#reads.set(key, { bytes, result, parseMessages: result.file.messages.length });
    return result;
  }

  transform(document: ParsedDocument, context: TransformContext): HastRoot {
    const cached = this.#transforms.get(document);
    if (cached && transformHolds(cached, context)) {
      document.file.messages.push(...cached.messages);
      return cached.hast;
    }
    this.stats.transformed.push(String(document.file.path));
    // Transforms rewrite the mdast (links are resolved in place): keep the parsed tree pristine.
    const recorded = recordTransform({ ...document, mdast: structuredClone(document.mdast) }, context);
    this.#transforms.set(document, recorded);
    return recorded.hast;
  }
}
