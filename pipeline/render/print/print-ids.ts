// The ids of the single print document. Every place a page number is printed for, or a link
// points at, is a block element with one of these ids: Chromium writes a named destination for
// each linked id, and the PDF's destinations are how the layout is read back (read-layout.ts).
// Inline elements are never used as targets: Chromium places their destinations on the wrong
// page when a heading is pushed to the next page.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { letterId } from '../../collation.ts';

export const printIds = {
  part: (name: string) => `teil-${name}`,
  /** A front-matter page such as the Vorwort (content/seiten/). */
  page: (slug: string) => `seite-${slug}`,
  letter: letterId,
  /** An entry's heading: target of the contents, the register and the backlinks. */
  entry: (slug: string) => `begriff-${slug}`,
  news: (slug: string) => `nachricht-${slug}`,
  /** A heading inside a document's body, e.g. `inklusion--enges-und-weites-verstandnis`. */
  inner: (documentSlug: string, id: string) => `${documentSlug}--${id}`,
  /** The block anchor one mention link points at, inside the heading it refers to. */
  mentionTarget: (index: number) => `ziel-${index}`,
  /** The mention link itself, so that the register can point back at it. */
  mentionLink: (index: number) => `verweis-${index}`,
  /** A line of the register (a letter or a name). */
  registerLine: (index: number) => `registerzeile-${index}`,
} as const;

/** The parts of the handbook that start on a new right-hand page, by name. */
export const partNames = {
  contents: 'inhalt',
  glossary: 'glossar',
  news: 'nachrichten',
  register: 'register',
} as const;

export function isMentionLink(id: string): boolean {
  return /^verweis-\d+$/.test(id);
}

/** `ziel-12` → 12; undefined for other ids. */
export function mentionIndexOf(destination: string): number | undefined {
  const match = /^ziel-(\d+)$/.exec(destination);
  return match ? Number(match[1]) : undefined;
}

/**
 * A heading whose text links to the heading itself: harmless for a reader, and it makes Chromium
 * write a destination for it even when nothing else links to it (the contents, an entry without
 * backlinks in a long glossary whose contents list only the letters).
 */
export function selfLinkedHeading(tagName: string, id: string, className: string, text: string, before: Element[] = []): Element {
  return h(tagName, { id, className: [className] }, [...before, h('a', { href: `#${id}` }, text)]);
}

export function partHeading(id: string, text: string): Element {
  return selfLinkedHeading('h1', id, 'part-title', text);
}
