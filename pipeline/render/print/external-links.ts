// Links out of the book on paper: a reader cannot click them, so the address is printed, and
// printed so that it may break after its slashes and dots instead of running off the page.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A URL with break opportunities (<wbr>) after slashes, dots and the like. */
export function breakableUrl(url: string): Array<Element | string> {
  return url.split(/(?<=[/.?&=_-])/).flatMap((piece, index) => (index === 0 ? [piece] : [h('wbr'), piece]));
}

/** `https://www.bkj.de/` → `www.bkj.de` (what a reader types). */
export function displayUrl(url: string): string {
  return url.replace(/^(?:https?:\/\/|mailto:)/, '').replace(/\/$/, '');
}

/**
 * For every link to a web address: a bare address becomes breakable; a link with its own text
 * gets the address after it in parentheses ("BKJ (www.bkj.de)").
 */
export function printExternalLinks(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !/^(?:https?:|mailto:)/.test(href) || !parent || index === undefined) return;
    node.properties.className = ['url'];
    const text = toString(node).trim();
    if (text === href || displayUrl(text) === displayUrl(href)) {
      node.children = breakableUrl(text).map((piece) => (typeof piece === 'string' ? { type: 'text', value: piece } : piece));
      return;
    }
    parent.children.splice(index + 1, 0, h('span', { className: ['url-ref', 'no-hyphens'] }, [' (', ...breakableUrl(displayUrl(href)), ')']));
    return index + 2;
  });
}
