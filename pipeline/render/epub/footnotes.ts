// GFM footnotes (as remark-rehype writes them) made e-book notes: each reference becomes an
// `epub:type="noteref"`/`doc-noteref` link and each note an `<aside epub:type="footnote"
// role="doc-footnote">`, which readers such as Apple Books and Kobo show as a pop-up. The
// numbered list becomes asides with the number written out, and the "↩" links stay back-links.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

function isElement(node: ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

function noteFromListItem(item: Element, number: number): Element {
  const children = [...item.children];
  const first = children.findIndex((child) => isElement(child, 'p'));
  const label = h('span', { className: ['footnote-number'] }, `${number}.`);
  if (first === -1) children.unshift(label, { type: 'text', value: ' ' });
  else {
    const paragraph = children[first] as Element;
    children[first] = { ...paragraph, children: [label, { type: 'text', value: ' ' }, ...paragraph.children] };
  }
  return h('aside', { id: item.properties.id, 'epub:type': 'footnote', role: 'doc-footnote', className: ['footnote'] }, children);
}

export function epubFootnotes(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    const properties = node.properties;
    if (node.tagName === 'a' && properties.dataFootnoteRef !== undefined) {
      delete properties.dataFootnoteRef;
      // Points at the notes' heading, whose id a merged document may prefix: leave it out.
      delete properties.ariaDescribedBy;
      properties['epub:type'] = 'noteref';
      properties.role = 'doc-noteref';
    } else if (node.tagName === 'a' && properties.dataFootnoteBackref !== undefined) {
      delete properties.dataFootnoteBackref;
      properties.className = ['footnote-back'];
      properties.role = 'doc-backlink';
    } else if (node.tagName === 'section' && properties.dataFootnotes !== undefined) {
      delete properties.dataFootnotes;
      properties.className = ['footnotes'];
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child];
        if (child.tagName === 'ol') return child.children.filter((item): item is Element => isElement(item, 'li')).map((item, index) => noteFromListItem(item, index + 1));
        if (/^h[1-6]$/.test(child.tagName)) child.properties.className = ['footnotes-title'];
        return [child];
      });
    }
  });
}
