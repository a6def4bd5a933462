// The EPUB 2 table of contents (toc.ncx) for older readers, from the same outline. Entries
// that lead to the same file share a playOrder, as the NCX format asks.
import type { BookMeta } from '../../model.ts';
import type { OutlineItem } from './outline.ts';
import { el, lines, xmlDocument, type Xml } from './xml.ts';

function depth(items: readonly OutlineItem[]): number {
  return items.length === 0 ? 0 : 1 + Math.max(...items.map((item) => depth(item.children)));
}

export function ncxDocument(meta: BookMeta, outline: readonly OutlineItem[]): string {
  const playOrder = new Map<string, number>();
  let id = 0;
  const point = (item: OutlineItem): Xml => {
    if (!playOrder.has(item.href)) playOrder.set(item.href, playOrder.size + 1);
    return el('navPoint', { id: `punkt-${++id}`, playOrder: playOrder.get(item.href)! }, [
      el('navLabel', {}, [el('text', {}, [item.label])]),
      el('content', { src: item.href }),
      ...item.children.map(point),
    ]);
  };
  const ncx = el('ncx', { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': meta.language }, [
    el('head', {}, [
      el('meta', { name: 'dtb:uid', content: meta.identifier }),
      el('meta', { name: 'dtb:depth', content: depth(outline) }),
      el('meta', { name: 'dtb:totalPageCount', content: 0 }),
      el('meta', { name: 'dtb:maxPageNumber', content: 0 }),
    ]),
    el('docTitle', {}, [el('text', {}, [meta.title])]),
    el('navMap', {}, [lines(outline.map(point))]),
  ]);
  return xmlDocument(ncx);
}
