import { describe, expect, it } from 'vitest';
import { el, lines, xmlDocument } from '../../pipeline/render/epub/xml.ts';

describe('the EPUB XML writer', () => {
  it('escapes text and attributes, drops soft hyphens, and writes empty elements self-closed', () => {
    const nav = el('nav', { hidden: 'hidden', title: 'a "b" & c', skipped: undefined, off: false }, ['Kultur\u00ADschule <i>', el('br')]);
    expect(nav.xml).toBe('<nav hidden="hidden" title="a &quot;b&quot; &amp; c">Kulturschule &lt;i&gt;<br/></nav>');
  });

  it('writes documents with the XML declaration and an optional doctype', () => {
    expect(xmlDocument(lines([el('a'), '', el('b')]), '<!DOCTYPE html>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<a/>\n<b/>\n');
  });
});
