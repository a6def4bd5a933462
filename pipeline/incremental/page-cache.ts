// Renders site pages again only when what they show changed: each page's inputs (see
// `sitePageSources`) are reduced to a key, hast trees by identity, since the document cache
// returns the very same tree for an unchanged document.
import type { Book } from '../model.ts';
import { pageHtml, sitePageSources } from '../render/html/render-html.ts';

interface CachedPage {
  key: string;
  html: Buffer;
}

export class PageCache {
  #pages = new Map<string, CachedPage>();
  readonly #treeIds = new WeakMap<object, number>();
  #nextTreeId = 0;
  /** Paths of the pages rendered anew in the last `render`. */
  rendered: string[] = [];

  #key(inputs: unknown[]): string {
    return JSON.stringify(inputs, (_, value: unknown) => {
      if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'root') {
        let id = this.#treeIds.get(value);
        if (id === undefined) this.#treeIds.set(value, (id = this.#nextTreeId++));
        return `tree#${id}`;
      }
      return value;
    });
  }

  /** Every page of the book as HTML bytes, by path. */
  render(book: Book): Map<string, Buffer> {
    const pages = new Map<string, CachedPage>();
    this.rendered = [];
    for (const source of sitePageSources(book)) {
      const key = this.#key(source.inputs);
      const cached = this.#pages.get(source.path);
      if (cached?.key === key) {
        pages.set(source.path, cached);
      } else {
        pages.set(source.path, { key, html: Buffer.from(pageHtml(source.tree())) });
        this.rendered.push(source.path);
      }
    }
    this.#pages = pages;
    return new Map([...pages].map(([path, page]) => [path, page.html]));
  }
}
