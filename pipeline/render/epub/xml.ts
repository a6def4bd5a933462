// A minimal XML writer for the package, navigation and NCX documents, and for the bodies of the
// chapters, which are XML too. Text and attribute values are always escaped, and lose soft
// hyphens as all e-book text does; only what `el` returns is inserted raw. hast-util-to-html
// writes HTML, not XML: boolean attributes such as `hidden` bare, `<br>` unclosed, `>` and
// `]]>` in text and `<` in attribute values as they are.
import type { ElementContent } from 'hast';
import { find, html } from 'property-information';

export interface Xml {
  readonly xml: string;
}

export type XmlChild = string | Xml | false | undefined | null;
export type XmlAttributes = Record<string, string | number | false | undefined>;

export function escapeXml(text: string): string {
  return text.replace(/\u00AD/g, '').replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

export function el(name: string, attributes: XmlAttributes = {}, children: readonly XmlChild[] = []): Xml {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const inner = children.map((child) => (typeof child === 'string' ? escapeXml(child) : child ? child.xml : '')).join('');
  return { xml: inner === '' && children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>` };
}

/** Joins pieces with newlines, for readable output. */
export function lines(children: readonly XmlChild[]): Xml {
  return { xml: children.map((child) => (typeof child === 'string' ? escapeXml(child) : child ? child.xml : '')).filter(Boolean).join('\n') };
}

export function xmlDocument(root: Xml, doctype?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype ? `${doctype}\n` : ''}${root.xml}\n`;
}

/**
 * As epub-gen-memory's writer (dom-serializer) spelled them, so that the chapters stayed
 * byte-identical to the files it wrote, but with characters instead of references (the files
 * are UTF-8). Soft hyphens and the characters XML 1.0 does not allow at all are left out.
 */
const chapterEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeChapterText(text: string): string {
  return text.replace(/[&<>"'\u00AD\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (char) => chapterEscapes[char] ?? '');
}

/**
 * A chapter body made by epubXhtml (xhtml-content.ts) as XHTML: every element without content
 * is self-closed, as dom-serializer wrote them, and every attribute has a quoted value. Comments
 * and raw HTML, which epubXhtml removes, are left out here as well.
 */
export function chapterBody(nodes: readonly ElementContent[]): string {
  let xml = '';
  for (const node of nodes) {
    if (node.type === 'text') xml += escapeChapterText(node.value);
    if (node.type !== 'element') continue;
    xml += `<${node.tagName}`;
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false || Number.isNaN(value)) continue;
      xml += ` ${find(html, property).attribute}="${escapeChapterText(Array.isArray(value) ? value.join(' ') : String(value))}"`;
    }
    const inner = chapterBody(node.children);
    xml += inner === '' ? '/>' : `>${inner}</${node.tagName}>`;
  }
  return xml;
}
