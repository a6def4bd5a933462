// Parsed documents kept between builds (see build-cache.ts). Reading and parsing the Markdown is
// most of a load (500 entries: ~1.2 s of ~1.4 s), and an editor changes a file or two between
// builds. Each document is stored as the read step left it: text, front matter, tree and the
// messages so far, keyed by its bytes, its paths and the code that parsed it. One pack per
// content folder holds the documents of its last load; v8's serializer reads 500 of them back in
// ~25 ms. Anything unreadable in the pack is parsed again, never trusted.
import { createHash } from 'node:crypto';
import { readFile, utimes } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { cacheEnabled, folderCachePath, pruneFolderFiles } from '../build-cache.ts';
import { writeFileAtomic } from '../output/atomic.ts';
import { directSteps, loadBook, type DocumentSteps, type LoadOptions, type LoadResult } from './load-book.ts';
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
export function parsePackPath(contentDir: string): string {
  return folderCachePath(packPrefix, contentDir, '.v8');
}

function toStored({ document, file }: ReadResult): StoredRead {
  const { file: _file, ...rest } = document ?? { file };
  return { text: String(file.value), data: file.data, messages: file.messages.map((message) => ({ ...message })), ...(document && { document: rest as Omit<ParsedDocument, 'file'> }) };
}

function fromStored(stored: StoredRead, displayPath: string): ReadResult {
  const file = new VFile({ path: displayPath, value: stored.text, data: stored.data });
  for (const fields of stored.messages) file.messages.push(Object.assign(new VFileMessage(String(fields.reason)), fields));
  return stored.document ? { file, document: { ...stored.document, file } as ParsedDocument } : { file };
}

export interface ParseCacheStats {
  reused: number;
  parsed: number;
}

export class ParseCache implements DocumentSteps {
  readonly #packPath: string;
  readonly #stored: Map<string, Uint8Array>;
  /** This load's documents, serialized; the next pack. */
  readonly #used = new Map<string, Uint8Array>();
  readonly stats: ParseCacheStats = { reused: 0, parsed: 0 };

  private constructor(packPath: string, stored: Map<string, Uint8Array>) {
    this.#packPath = packPath;
    this.#stored = stored;
  }

  /** The cache of `contentDir`, or undefined when GLOSSAR_NO_CACHE=1. */
  static async open(contentDir: string): Promise<ParseCache | undefined> {
    if (!cacheEnabled()) return undefined;
    const packPath = parsePackPath(contentDir);
    let stored = new Map<string, Uint8Array>();
    try {
      const pack: unknown = deserialize(await readFile(packPath));
      if (pack instanceof Map) stored = pack;
    } catch {
      // None yet, or not one we wrote: parse everything.
    }
    return new ParseCache(packPath, stored);
  }

  async read(kind: DocumentKind, path: string, displayPath: string): Promise<ReadResult> {
    const bytes = await readFile(path);
    const key = createHash('sha256').update(`${kind}\0${path}\0${displayPath}\0`).update(bytes).digest('base64');
    const stored = this.#stored.get(key);
    if (stored) {
      try {
        const result = fromStored(deserialize(stored) as StoredRead, displayPath);
        this.#used.set(key, stored);
        this.stats.reused++;
        return result;
      } catch {
        // Parsed again below.
      }
    }
    const result = await readDocument(kind, path, displayPath, bytes);
    this.stats.parsed++;
    try {
      // Now, before the transforms change the tree.
      this.#used.set(key, serialize(toStored(result)));
    } catch {
      // Something in it v8 cannot copy: this document is parsed at every build.
    }
    return result;
  }

  transform = directSteps.transform;

  /** Keeps this load's documents for the next build; a cache that cannot be written only makes that build slower. */
  async save(): Promise<void> {
    const unchanged = this.#used.size === this.#stored.size && [...this.#used.keys()].every((key) => this.#stored.has(key));
    try {
      if (unchanged) {
        // Marks the pack as recently used, for pruning.
        const now = new Date();
        await utimes(this.#packPath, now, now);
        return;
      }
      await writeFileAtomic(this.#packPath, serialize(this.#used));
      await pruneFolderFiles(packPrefix, this.#packPath);
    } catch {
      // Read-only node_modules, or a full disk.
    }
  }
}

export interface CachedLoadResult extends LoadResult {
  /** What the cache did; undefined when it is off. */
  cacheStats?: ParseCacheStats;
  /** Settles when the cache is written for the next build (never rejects). */
  cacheSaved: Promise<void>;
}

/** loadBook with the content folder's parse cache, when caching is on; its time is in `timings.readMs`. */
export async function loadBookCached(options: Omit<LoadOptions, 'steps'>): Promise<CachedLoadResult> {
  const started = performance.now();
  const cache = await ParseCache.open(options.contentDir);
  const openMs = performance.now() - started;
  const result = await loadBook({ ...options, ...(cache && { steps: cache }) });
  return {
    ...result,
    ...(result.timings && { timings: { ...result.timings, readMs: result.timings.readMs + openMs } }),
    ...(cache && { cacheStats: cache.stats }),
    cacheSaved: cache ? cache.save() : Promise.resolve(),
  };
}
