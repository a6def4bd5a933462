// A minimal XML writer for the package, navigation and NCX documents. Text and attribute values
// are always escaped, and lose soft hyphens as all e-book text does; only what `el` returns is
// inserted raw. (hast-util-to-html would write boolean attributes such as `hidden` bare, which
// is not XML.)
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
