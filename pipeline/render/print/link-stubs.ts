// Chromium writes a link to an id of the same document only when it finds an element with that
// id (it drops the others), and a named destination only for an id some link points at. A
// document printed apart from the one its links lead into (the register, a piece of the
// handbook) gets a hidden element for every id it links out to, and a hidden link to every id
// of its own that only the other documents link to. Hidden (display: none): Chromium then writes
// the links by name, and no destination for the stand-ins, which the joined PDF resolves.
import type { ElementContent, Nodes } from 'hast';
import { visit } from 'unist-util-visit';
import { h } from 'hastscript';

/**
 * The ids the links of a tree point at. A walk, not `selectAll('a[href^="#"]')`: the selector
 * engine took 2.1 s over the pieces of a 2,000-entry handbook.
 */
export function linkTargets(node: Nodes): Set<string> {
  const targets = new Set<string>();
  visit(node, 'element', (element) => {
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) targets.add(decodeURIComponent(href.slice(1)));
  });
  return targets;
}

export function linkStubs(linkedOut: Iterable<string>, linkedIn: Iterable<string> = []): ElementContent[] {
  const targets = [...linkedOut].map((id) => h('div', { id }));
  const links = [...linkedIn].map((id) => h('a', { href: `#${id}` }));
  return targets.length + links.length > 0 ? [h('div', { hidden: true }, [...targets, ...links])] : [];
}
