// Links between entries in the print document. Each link that mentions an entry (in a body or a
// see-also list) gets a number n: the link is `verweis-n`, it points at a block anchor `ziel-n`
// inside the heading it refers to, and it shows the page number of that heading ("S. 12").
// The one-to-one anchor is what lets the page planner tell which link sits on which page.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { assetFileName, resolveTargets } from '../link-targets.ts';
import { printExternalLinks } from './external-links.ts';
import { mentionIndexOf, printIds } from './print-ids.ts';
import type { PrintNumbers } from './print-numbers.ts';
import { pageNumber } from './renumber.ts';

export class MentionRegistry {
  /** The entry each mention points at, by number. */
  readonly #slugs: string[] = [];
  /**
   * The numbers of each entry's mentions, by the heading they point at ('' for the entry itself):
   * asked for every entry, a scan of all mentions made the print document quadratic (2,000
   * entries: 16,000 mentions scanned 4,000 times, 1.6 s).
   */
  readonly #bySlug = new Map<string, Map<string, number[]>>();

  /** Registers a mention of `slug` (optionally of a heading in it) and returns its number. */
  add(slug: string, fragment?: string): number {
    const index = this.#slugs.push(slug) - 1;
    let byFragment = this.#bySlug.get(slug);
    if (!byFragment) this.#bySlug.set(slug, (byFragment = new Map()));
    const key = fragment ?? '';
    const numbers = byFragment.get(key);
    if (numbers) numbers.push(index);
    else byFragment.set(key, [index]);
    return index;
  }

  /** Entry slug of every mention, by number. */
  get slugs(): string[] {
    return [...this.#slugs];
  }

  slugOf(index: number): string | undefined {
    return this.#slugs[index];
  }

  /** Ids of the headings inside `slug`'s body that mentions point at, in the order first mentioned. */
  fragmentsOf(slug: string): string[] {
    return [...(this.#bySlug.get(slug)?.keys() ?? [])].filter((fragment) => fragment !== '');
  }

  /** Numbers of the mentions of `slug` that point at `fragment` (undefined: the entry itself), in order. */
  numbersFor(slug: string, fragment?: string): number[] {
    return [...(this.#bySlug.get(slug)?.get(fragment ?? '') ?? [])];
  }
}

/**
 * `(S. 12)` after a link. No space character before it (the gap is a CSS margin): a line cannot
 * break between a word and an opening parenthesis, and justification cannot stretch a margin.
 */
export function pageReference(numbers: PrintNumbers, target: string, slug?: string): Element {
  // Before the first render, a mention's page is guessed as its entry's.
  return pageNumber('page-ref', numbers, target, slug && printIds.entry(slug));
}

/** A mention link with its page number, e.g. in a see-also list. */
export function mentionLink(registry: MentionRegistry, numbers: PrintNumbers, slug: string, text: string): Element {
  const index = registry.add(slug);
  return h('a', { id: printIds.mentionLink(index), className: ['xref'], href: `#${printIds.mentionTarget(index)}` }, [
    text,
    pageReference(numbers, printIds.mentionTarget(index), slug),
  ]);
}

/**
 * A copy of a document's body for the print document: ids prefixed with the document's slug,
 * entry links turned into numbered mention links with page numbers, images pointing at
 * `images/`, and headings moved down to `topLevel` and below.
 */
export function printBody(tree: Root, documentSlug: string, registry: MentionRegistry, numbers: PrintNumbers, topLevel: number): ElementContent[] {
  const body = resolveTargets(tree, {
    entry: (slug, fragment) => `#${printIds.mentionTarget(registry.add(slug, fragment ? printIds.inner(slug, fragment) : undefined))}`,
    asset: (path) => `images/${assetFileName(path)}`,
    idPrefix: `${documentSlug}--`,
  });
  printExternalLinks(body);
  visit(body, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, topLevel + Math.max(0, Number(level) - 2))}`;
    const href = node.properties.href;
    const index = node.tagName === 'a' && typeof href === 'string' ? mentionIndexOf(href.slice(1)) : undefined;
    if (index === undefined) return;
    node.properties.id = printIds.mentionLink(index);
    node.properties.className = ['xref'];
    node.children.push(pageReference(numbers, printIds.mentionTarget(index), registry.slugOf(index)));
  });
  return body.children as ElementContent[];
}

/** The block anchors a heading needs for the mentions that point at it. */
export function mentionAnchors(numbers: readonly number[]): Element[] {
  return numbers.map((index) => h('span', { className: ['anchor'], id: printIds.mentionTarget(index) }));
}

/**
 * Puts the anchors of mentions that point at headings inside entry bodies into those headings;
 * returns the numbers whose heading does not exist, for the entry heading to take.
 */
export function anchorInnerHeadings(body: ElementContent[], slug: string, registry: MentionRegistry): number[] {
  const fragments = registry.fragmentsOf(slug);
  const found = new Set<string>();
  const root: Root = { type: 'root', children: body };
  visit(root, 'element', (node: Element) => {
    const id = node.properties.id;
    if (!/^h[1-6]$/.test(node.tagName) || typeof id !== 'string' || !fragments.includes(id)) return;
    found.add(id);
    node.children.unshift(...mentionAnchors(registry.numbersFor(slug, id)));
  });
  return fragments.filter((fragment) => !found.has(fragment)).flatMap((fragment) => registry.numbersFor(slug, fragment));
}
