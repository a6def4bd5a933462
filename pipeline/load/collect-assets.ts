// Lists the content images that documents use, for renderers to copy or embed.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Document } from '../model.ts';

export function collectAssets(documents: readonly Document[]): string[] {
  const assets = new Set<string>();
  for (const document of documents) {
    visit(document.hast as Root, 'element', (node: Element) => {
      if (typeof node.properties.dataAsset === 'string') assets.add(node.properties.dataAsset);
    });
  }
  return [...assets].sort();
}
