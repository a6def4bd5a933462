// Parsed and transformed documents kept between builds (see build-cache.ts). Reading and parsing
// the Markdown is most of a load (500 entries: ~1.2 s of ~1.4 s), transforming it most of the
// rest, and an editor changes a file or two between builds. Each document is stored as the read
// step left it (text, front matter, tree and the messages so far), keyed by its bytes, its paths
// and the code that parsed it; and as the transform left it (its HTML tree and messages), valid
// while every name it looked up in the index resolves as before (the questions and answers are
// kept with it, as the dev server's cache does: incremental/recording-index.ts). A document with
// images is transformed at every build: whether an image file exists and is one is not recorded.
// One pack per content folder holds the documents of its last load; v8's serializer reads 500 of
// them back in ~25 ms. Anything unreadable in the pack is done again, never trusted.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { Root as HastRoot } from 'hast';
import { selectAll } from 'hast-util-select';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { cacheEnabled, folderCachePath, keepFolderCache, readFolderCache } from '../build-cache.ts';
import { recordTransform, transformHolds, type RecordedTransform } from '../incremental/recorded-transform.ts';
import type { TransformContext } from '../transform/document-to-hast.ts';
import { loadBook, type DocumentSteps, type LoadOptions, type LoadResult } from './load-book.ts';
import { readDocument, type DocumentKind, type ParsedDocument } from './read-document.ts';

type ReadResult = { document?: ParsedDocument; file: VFile };

/** A read result without its VFile, whose class v8's serializer would not keep. */
interface StoredRead {
  text: string;
  data: VFile['data'];
  messages: Array<Record<string, unknown>>;
  document?: Omit<ParsedDocument, 'file'>;
}

const packPrefix = 'gelesen-';

/** Where the documents of `contentDir`'s last load are kept. */
export function loadPackPath(contentDir: string): string {
  return folderCachePath(packPrefix, contentDir, '.v8');
}

/** A recorded transform, its messages as plain objects. */
type StoredTransform = Omit<RecordedTransform, 'messages'> & { messages: Array<Record<string, unknown>> };

/** The two kinds of results, each by the document's key. */
interface Pack {
  reads: Map<string, Uint8Array>;
  transforms: Map<string, Uint8Array>;
}

const plainMessages = (messages: readonly VFileMessage[]) => messages.map((message) => ({ ...message }));
const restoredMessages = (messages: ReadonlyArray<Record<string, unknown>>) => messages.map((fields) => Object.assign(new VFileMessage(String(fields.reason)), fields));

function toStored({ document, file }: ReadResult): StoredRead {
  const { file: _file, ...rest } = document ?? { file };
  return { text: String(file.value), data: file.data, messages: plainMessages(file.messages), ...(document && { document: rest as Omit<ParsedDocument, 'file'> }) };
}

function fromStored(stored: StoredRead, displayPath: string): ReadResult {
  const file = new VFile({ path: displayPath, value: stored.text, data: stored.data });
  file.messages.push(...restoredMessages(stored.messages));
  return stored.document ? { file, document: { ...stored.document, file } as ParsedDocument } : { file };
}

/** Whether a transformed tree depends on files besides its document: images, found or not. */
const usesImages = (hast: HastRoot) => selectAll('img, .image-placeholder', hast).length > 0;

export interface LoadCacheStats {
  reused: number;
  parsed: number;
  /** Documents whose transform was taken from the cache. */
  transformsReused: number;
}

export class LoadCache implements DocumentSteps {
  readonly #contentDir: string;
  readonly #stored: Pack;
  /** This load's documents, serialized; the next pack. */
  readonly #used: Pack = { reads: new Map(), transforms: new Map() };
  /** Each document read in this load, by the key its results are kept under. */
  readonly #keys = new WeakMap<ParsedDocument, string>();
  readonly stats: LoadCacheStats = { reused: 0, parsed: 0, transformsReused: 0 };

  private constructor(contentDir: string, stored: Pack) {
    this.#contentDir = contentDir;
    this.#stored = stored;
  }

  /** The load cache of `contentDir`, or undefined when GLOSSAR_NO_CACHE=1. */
  static async open(contentDir: string): Promise<LoadCache | undefined> {
    if (!cacheEnabled()) return undefined;
    // None yet, or not one we wrote: everything is parsed.
    const pack = (await readFolderCache(packPrefix, contentDir)) as Partial<Pack> | undefined;
    const stored = pack?.reads instanceof Map && pack.transforms instanceof Map ? (pack as Pack) : { reads: new Map(), transforms: new Map() };
    return new LoadCache(contentDir, stored);
  }

  async read(kind: DocumentKind, path: string, displayPath: string): Promise<ReadResult> {
    const bytes = await readFile(path);
    const key = createHash('sha256').update(`${kind}\0${path}\0${displayPath}\0`).update(bytes).digest('base64');
    const result = this.#storedRead(key, displayPath) ?? (await this.#parse(key, kind, path, displayPath, bytes));
    if (result.document) this.#keys.set(result.document, key);
    return result;
  }

  #storedRead(key: string, displayPath: string): ReadResult | undefined {
    const stored = this.#stored.reads.get(key);
    if (!stored) return undefined;
    try {
      const result = fromStored(deserialize(stored) as StoredRead, displayPath);
      this.#used.reads.set(key, stored);
      this.stats.reused++;
      return result;
    } catch {
      return undefined;
    }
  }

  async #parse(key: string, kind: DocumentKind, path: string, displayPath: string, bytes: Buffer): Promise<ReadResult> {
    const result = await readDocument(kind, path, displayPath, bytes);
    this.stats.parsed++;
    try {
      // Now, before the transforms change the tree.
      this.#used.reads.set(key, serialize(toStored(result)));
    } catch {
      // Something in it v8 cannot copy: this document is parsed at every build.
    }
    return result;
  }

  transform(document: ParsedDocument, context: TransformContext): HastRoot {
    const key = this.#keys.get(document);
    const stored = key === undefined ? undefined : this.#stored.transforms.get(key);
    if (key !== undefined && stored) {
      try {
        const transform = deserialize(stored) as StoredTransform;
        if (transformHolds(transform, context)) {
          document.file.messages.push(...restoredMessages(transform.messages));
          this.#used.transforms.set(key, stored);
          this.stats.transformsReused++;
          return transform.hast;
        }
      } catch {
        // Transformed again below.
      }
    }
    const recorded = recordTransform(document, context);
    if (key !== undefined && !usesImages(recorded.hast)) {
      try {
        this.#used.transforms.set(key, serialize({ ...recorded, messages: plainMessages(recorded.messages) } satisfies StoredTransform));
      } catch {
        // Not kept: transformed at every build.
      }
    }
    return recorded.hast;
  }

  /** Keeps this load's documents for the next build; a cache that cannot be written only makes that build slower. */
  async save(): Promise<void> {
    const same = (used: Map<string, Uint8Array>, stored: Map<string, Uint8Array>) => used.size === stored.size && [...used].every(([key, bytes]) => stored.get(key) === bytes);
    const unchanged = same(this.#used.reads, this.#stored.reads) && same(this.#used.transforms, this.#stored.transforms);
    // Unchanged, the pack is only marked as used now, for pruning.
    await keepFolderCache(packPrefix, this.#contentDir, unchanged ? undefined : this.#used);
  }
}

export interface CachedLoadResult extends LoadResult {
  /** What the cache did; undefined when it is off. */
  cacheStats?: LoadCacheStats;
  /** Settles when the cache is written for the next build (never rejects). */
  cacheSaved: Promise<void>;
}

/** loadBook with the content folder's load cache, when caching is on; opening it is in `timings.readMs`. */
export async function loadBookCached(options: Omit<LoadOptions, 'steps'>): Promise<CachedLoadResult> {
  const started = performance.now();
  const cache = await LoadCache.open(options.contentDir);
  const openMs = performance.now() - started;
  const result = await loadBook({ ...options, ...(cache && { steps: cache }) });
  return {
    ...result,
    ...(result.timings && { timings: { ...result.timings, readMs: result.timings.readMs + openMs } }),
    ...(cache && { cacheStats: cache.stats }),
    cacheSaved: cache ? cache.save() : Promise.resolve(),
  };
}
