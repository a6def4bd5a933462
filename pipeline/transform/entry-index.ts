// Finds entries by what editors write in links: a title, an alias, a slug or a file name.
import { didYouMean } from '../did-you-mean.ts';

export interface IndexedEntry {
  slug: string;
  title: string;
  aliases: readonly string[];
}

export type Lookup = { slug: string } | { excluded: string } | { missing: string };

export class EntryIndex {
  readonly #byName = new Map<string, string>();
  readonly #bySlug = new Set<string>();
  readonly #excluded = new Map<string, string>();
  readonly #names: string[] = [];

  constructor(entries: readonly IndexedEntry[], excluded: readonly IndexedEntry[] = []) {
    for (const entry of entries) {
      this.#bySlug.add(entry.slug);
      for (const name of [entry.title, ...entry.aliases]) {
        this.#byName.set(normalize(name), entry.slug);
        this.#names.push(name);
      }
    }
    for (const entry of excluded) {
      for (const name of [entry.title, ...entry.aliases, entry.slug]) this.#excluded.set(normalize(name), entry.title);
    }
  }

  /** Resolves a wiki-link target: title or alias (case-insensitive), or a slug. */
  byName(name: string): Lookup {
    const key = normalize(name);
    const slug = this.#byName.get(key) ?? (this.#bySlug.has(key) ? key : undefined);
    if (slug) return { slug };
    const excluded = this.#excluded.get(key);
    if (excluded) return { excluded };
    return { missing: `Cannot find glossary entry \`${name}\`${didYouMean(name, this.#names)}` };
  }

  /** Resolves the slug of a linked file name (`inklusion.md` → `inklusion`). */
  bySlug(slug: string, written: string): Lookup {
    if (this.#bySlug.has(slug)) return { slug };
    const excluded = this.#excluded.get(slug);
    if (excluded) return { excluded };
    return { missing: `Cannot find glossary entry file \`${written}\`${didYouMean(slug, this.#bySlug)}` };
  }

  has(slug: string): boolean {
    return this.#bySlug.has(slug);
  }
}

/** How names compare: case, Unicode form and runs of spaces do not matter. */
export function normalize(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
