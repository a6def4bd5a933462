// rehype plugin: German hyphenation through soft hyphens (U+00AD), since Chromium has no
// hyphenation dictionaries. Only running text is touched: never headings (their text becomes
// PDF bookmarks), code, URLs, e-mail addresses, or elements marked `no-hyphens`.
import hyphenDe from 'hyphen/de/index.js';
import type { Element, ElementContent, Root } from 'hast';

export interface Options {
  /** Fewest letters before a break (default 2). */
  minLeft?: number;
  /** Fewest letters after a break (default 3: no "-en" alone on a line). */
  minRight?: number;
  /** hyphenateText: words shorter than this stay whole (default: none do). */
  minWord?: number;
}

export const softHyphen = '\u00AD';

const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'title']);
const word = /\p{L}[\p{L}\p{M}]*/gu;
const addressLike = /:\/\/|^www\.|@|\.(?:de|com|org|net|eu)\b/i;

const cache = new Map<string, string>();

/** Hyphenates one word, e.g. `Kooperationsvereinbarung` → `Ko­ope­ra­ti­ons­ver­ein­ba­rung`. */
export function hyphenateWord(text: string, { minLeft = 2, minRight = 3 }: Options = {}): string {
  if (text.length < minLeft + minRight || text.includes(softHyphen)) return text;
  const key = `${minLeft},${minRight},${text}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = breakWord(text, minLeft, minRight);
    cache.set(key, result);
  }
  return result;
}

function breakWord(text: string, minLeft: number, minRight: number): string {
  const parts = hyphenDe.hyphenateSync(text, { minWordLength: minLeft + minRight }).split(softHyphen);
  let result = '';
  let before = 0;
  for (const [index, part] of parts.entries()) {
    const breakHere = index > 0 && before >= minLeft && text.length - before >= minRight;
    result += (breakHere ? softHyphen : '') + part;
    before += part.length;
  }
  return result;
}

/** Hyphenates running text; URLs and e-mail addresses in it stay whole. */
export function hyphenateText(text: string, options: Options = {}): string {
  return text
    .split(/(\s+)/)
    .map((chunk) => (addressLike.test(chunk) ? chunk : chunk.replace(word, (match) => (match.length >= (options.minWord ?? 0) ? hyphenateWord(match, options) : match))))
    .join('');
}

function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName)) return true;
  const className = element.properties.className;
  if (Array.isArray(className) && className.includes('no-hyphens')) return true;
  const href = element.properties.href;
  return element.tagName === 'a' && typeof href === 'string' && /^(?:[a-z]+:)/i.test(href);
}

function walk(nodes: ElementContent[] | Root['children'], options: Options): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = hyphenateText(node.value, options);
    else if (node.type === 'element' && !isSkipped(node)) walk(node.children, options);
  }
}

export default function rehypeHyphenate(options: Options = {}) {
  return function transformer(tree: Root): void {
    walk(tree.children, options);
  };
}
