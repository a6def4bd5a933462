// A copy of a hast tree for a renderer to change in place: each renderer (site, print, e-book)
// rewrites links, ids and attributes of the documents it shares with the others. Every node is
// new, with new properties (and new arrays in them) and a new `data`; `position`, which nothing
// changes, is shared. structuredClone copied every position object too, through V8's serializer
// (2,000 entries: the HTML site took 2.2-2.3 s with it, 1.4-1.5 s with this).
import type { Nodes, Properties } from 'hast';

function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const key in properties) {
    const value = properties[key];
    copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

function copyNode(node: Nodes): Nodes {
  const copy = { ...node };
  if (node.data) copy.data = { ...node.data };
  if (copy.type === 'element' && node.type === 'element') {
    copy.properties = copyProperties(node.properties);
    if (node.content) copy.content = copyNode(node.content) as typeof node.content;
  }
  if ('children' in copy && 'children' in node) copy.children = node.children.map(copyNode) as typeof copy.children;
  return copy;
}

export function copyTree<T extends Nodes>(node: T): T {
  return copyNode(node) as T;
}
