// Turns the model's abstract link targets into one output's URLs, on a copy of the tree:
// `data-entry`/`data-fragment` become `href`, `data-asset` becomes `src`, and ids can be
// prefixed so that many documents can share one HTML file. Also the ids a tree defines: what
// links into it can point at.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { copyTree } from './copy-tree.ts';

export interface UrlScheme {
  entry(slug: string, fragment?: string): string;
  asset(absolutePath: string): string;
  /** Prefix for every id in the tree and for in-document `#…` links (e.g. `inklusion--`). */
  idPrefix?: string;
}

/** The ids the elements of a tree define. */
export function idsOf(tree: Nodes): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

export function resolveTargets(tree: Root, scheme: UrlScheme): Root {
  const copy = copyTree(tree);
  visit(copy, 'element', (node: Element) => {
    const { properties } = node;
    if (scheme.idPrefix && typeof properties.id === 'string') properties.id = scheme.idPrefix + properties.id;
    if (typeof properties.dataEntry === 'string') {
      properties.href = scheme.entry(properties.dataEntry, typeof properties.dataFragment === 'string' ? properties.dataFragment : undefined);
      delete properties.dataEntry;
      delete properties.dataFragment;
    } else if (scheme.idPrefix && typeof properties.href === 'string' && properties.href.startsWith('#')) {
      properties.href = `#${scheme.idPrefix}${properties.href.slice(1)}`;
    }
    if (typeof properties.dataAsset === 'string') {
      properties.src = scheme.asset(properties.dataAsset);
      delete properties.dataAsset;
    }
  });
  return copy;
}

const assetNames = new Map<string, string>();

/** A stable file name for a content image: its content hash, so builds in any folder agree. */
export function assetFileName(absolutePath: string): string {
  let name = assetNames.get(absolutePath);
  if (!name) {
    const hash = createHash('sha256').update(readFileSync(absolutePath)).digest('hex').slice(0, 16);
    name = `${hash}${extname(absolutePath).toLowerCase()}`;
    assetNames.set(absolutePath, name);
  }
  return name;
}
