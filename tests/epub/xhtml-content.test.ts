import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { EpubImages } from '../../pipeline/render/epub/epub-images.ts';
import { epubXhtml } from '../../pipeline/render/epub/xhtml-content.ts';

function clean(nodes: ElementContent[], embedded: string[] = []) {
  const warnings: string[] = [];
  const images = new EpubImages(new Map(embedded.map((src) => [src, new Uint8Array()])), (src) => src.slice(src.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''));
  const html = toHtml({ type: 'root', children: epubXhtml(nodes, { warn: (text) => warnings.push(text), images }) });
  return { html, warnings, images };
}

function markdown(text: string): ElementContent[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { clobberPrefix: '', footnoteLabel: 'Anmerkungen', footnoteBackLabel: 'Zurück zum Text' });
  return processor.runSync(processor.parse(text)).children as ElementContent[];
}

describe('epubXhtml', () => {
  it('removes soft hyphens from text and attributes', () => {
    expect(clean([h('p', { title: 'Kul\u00ADtur' }, 'Kultur\u00ADschule')]).html).toBe('<p title="Kultur">Kulturschule</p>');
  });

  it('keeps only attributes that XHTML and the checkers accept; alignment becomes a class', () => {
    const { html } = clean([h('ol', { start: 3, name: 'x', tabIndex: 0, dataFoo: 'y', id: 'l', ariaLabel: 'Liste', 'epub:type': 'list' }, [h('li', { align: 'right' }, 'a')])]);
    expect(html).toBe('<ol id="l" aria-label="Liste" epub:type="list"><li class="align-right">a</li></ol>');
  });

  it('writes obsolete elements in their modern form and unwraps <picture>', () => {
    const { html } = clean([h('p', [h('tt', 'x'), h('strike', 'y'), h('picture', [h('source', { srcSet: 'a.webp' }), h('img', { src: 'file:///a.png', alt: 'A' })])])], ['file:///a.png']);
    expect(html).toBe('<p><code>x</code><s>y</s><img src="images/a.png" alt="A"></p>');
  });

  it('points embedded images at their files, named in the order they appear, and gives them an alt text', () => {
    const { html, images } = clean([h('p', [h('img', { src: 'file:///x/b.jpg' }), h('img', { src: 'file:///y/b.png', alt: '' }), h('img', { src: 'file:///x/b.jpg', title: 'T' })])], ['file:///y/b.png', 'file:///x/b.jpg']);
    expect(html).toBe('<p><img src="images/b.jpeg" alt=""><img src="images/b-2.png" alt=""><img src="images/b.jpeg" title="T" alt=""></p>');
    expect(images.records()).toEqual([
      { url: 'file:///x/b.jpg', mediaType: 'image/jpeg', id: 'b', extension: 'jpeg' },
      { url: 'file:///y/b.png', mediaType: 'image/png', id: 'b-2', extension: 'png' },
    ]);
  });

  it('replaces images the book does not embed, and WebP, with a placeholder and a warning', () => {
    const { html, warnings } = clean([h('img', { src: 'https://example.org/a.png', alt: 'Fern' }), h('img', { src: 'file:///b/c%20d.webp', alt: 'Neu' })], ['file:///b/c%20d.webp']);
    expect(html).toBe('<span class="image-placeholder">[Bild: Fern]</span><span class="image-placeholder">[Bild: Neu]</span>');
    expect(warnings).toEqual([
      'epub: image `https://example.org/a.png` is not a content image and is left out',
      'epub: WebP image `c d.webp` is not allowed in EPUB 3.2 and is left out; save it as PNG or JPEG',
    ]);
  });

  it('turns GFM footnotes into noterefs and footnote asides with numbers and back-links', () => {
    const { html } = clean(markdown('Text.[^a]\n\n[^a]: Die Anmerkung.'));
    expect(html).toContain('<sup><a href="#fn-a" id="fnref-a" epub:type="noteref" role="doc-noteref">1</a></sup>');
    expect(html).toContain('<section class="footnotes"><h2 class="footnotes-title" id="footnote-label">Anmerkungen</h2>');
    expect(html).toMatch(/<aside id="fn-a" epub:type="footnote" role="doc-footnote" class="footnote">\s*<p><span class="footnote-number">1\.<\/span> Die Anmerkung\. <a href="#fnref-a" aria-label="Zurück zum Text" class="footnote-back" role="doc-backlink">↩<\/a><\/p>\s*<\/aside>/);
    expect(html).not.toMatch(/<ol|<li|data-footnote|aria-describedby/);
  });

  it('drops comments, which XML would not accept with "--" inside', () => {
    expect(clean([h('p', ['a', { type: 'comment', value: ' x -- y ' }, 'b'])]).html).toBe('<p>ab</p>');
  });
});
