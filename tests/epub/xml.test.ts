import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { chapterBody, el, lines, xmlDocument } from '../../pipeline/render/epub/xml.ts';

describe('the EPUB XML writer', () => {
  it('escapes text and attributes, drops soft hyphens, and writes empty elements self-closed', () => {
    const nav = el('nav', { hidden: 'hidden', title: 'a "b" & c', skipped: undefined, off: false }, ['Kultur\u00ADschule <i>', el('br')]);
    expect(nav.xml).toBe('<nav hidden="hidden" title="a &quot;b&quot; &amp; c">Kulturschule &lt;i&gt;<br/></nav>');
  });

  it('writes documents with the XML declaration and an optional doctype', () => {
    expect(xmlDocument(lines([el('a'), '', el('b')]), '<!DOCTYPE html>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<a/>\n<b/>\n');
  });

  it('writes chapter bodies from hast as XML: attribute names, values and empty elements', () => {
    // As hast allows them, not as hastscript would clean them up.
    const properties: Record<string, unknown> = { className: ['a', 'b'], colSpan: 2, ariaLabelledBy: ['x', 'y'], ariaHidden: true, title: null, lang: false, dir: undefined };
    const body: Element = {
      type: 'element',
      tagName: 'div',
      properties: properties as Element['properties'],
      children: [h('p', ''), h('br'), { type: 'comment', value: 'x' }, { type: 'text', value: 'Kultur\u00ADschule\u0007 <&>' }],
    };
    expect(chapterBody([body])).toBe('<div class="a b" colspan="2" aria-labelledby="x y" aria-hidden="true"><p/><br/>Kulturschule &lt;&amp;&gt;</div>');
  });
});
