// Chromium writes a link to an id of the same document only when it finds an element with that
// id (it drops the others), and a named destination only for an id some link points at. A
// document printed apart from the one its links lead into (the register, a piece of the
// handbook) gets a hidden element for every id it links out to, and a hidden link to every id
// of its own that only the other documents link to. Hidden (display: none): Chromium then writes
// the links by name, and no destination for the stand-ins, which the joined PDF resolves.
import type { ElementContent, Nodes } from 'hast';
import { selectAll } from 'hast-util-select';
import { h } from 'hastscript';

/** The ids the links of a tree point at. */
export function linkTargets(node: Nodes): Set<string> {
  return new Set(selectAll('a[href^="#"]', node).map((link) => decodeURIComponent(String(link.properties.href).slice(1))));
}

export function linkStubs(linkedOut: Iterable<string>, linkedIn: Iterable<string> = []): ElementContent[] {
  const targets = [...linkedOut].map((id) => h('div', { id }));
  const links = [...linkedIn].map((id) => h('a', { href: `#${id}` }));
  return targets.length + links.length > 0 ? [h('div', { hidden: true }, [...targets, ...links])] : [];
}
