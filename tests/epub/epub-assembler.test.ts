import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { XmlDocument } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { toChapter, type EpubDocument } from '../../pipeline/render/epub/chapter.ts';
import { EpubAssembler } from '../../pipeline/render/epub/epub-assembler.ts';
import { EpubImages } from '../../pipeline/render/epub/epub-images.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const options = { lang: 'de', css: 'p { margin: 0 }' };
const templates = { contentOPF: '<package/>', tocXHTML: '<html/>', tocNCX: '<ncx/>' };

function chapter(body: ElementContent[], images: EpubImages, file = 't.xhtml') {
  const document: EpubDocument = { file, title: 'T', bodyType: 'bodymatter', body };
  return toChapter(document, { warn: (text) => expect.fail(text), images });
}

async function text(assembler: EpubAssembler, path: string): Promise<string> {
  return new TextDecoder().decode(await new Map(assembler.files(templates)).get(path));
}

describe('EpubAssembler', () => {
  it('embeds only images it was given bytes for; it never fetches, whatever the URL', () => {
    const images = new EpubImages(new Map(), () => 'fern');
    images.href('https://example.org/a.png');
    const assembler = new EpubAssembler(options, [], images);
    expect(() => assembler.files(templates)).toThrow('epub: no embedded image for `https://example.org/a.png`; only content images can be used');
  });

  it('names images stably, keeps empty alt texts and writes characters instead of references', async () => {
    const images = new EpubImages(new Map([['file:///x/a.png', png]]), () => 'bild');
    const assembler = new EpubAssembler(options, [chapter([h('p', ['Grüße ', h('img', { src: 'file:///x/a.png', alt: '' })])], images)], images);
    expect(assembler.imageItems()).toEqual([{ url: 'file:///x/a.png', href: 'images/bild.png', mediaType: 'image/png' }]);
    expect(await new Map(assembler.files(templates)).get('OEBPS/images/bild.png')).toEqual(png);
    expect(await text(assembler, 'OEBPS/t.xhtml')).toContain('<p>Grüße <img src="images/bild.png" alt=""/></p>');
    expect(await text(assembler, 'OEBPS/content.opf')).toBe('<package/>');
    expect(await text(assembler, 'OEBPS/t.xhtml')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html [^>]* lang="de" xml:lang="de">[\s\S]*<body epub:type="bodymatter">\n<p>/);
  });

  it('writes chapters as well-formed XML, awkward content included', async () => {
    const images = new EpubImages(new Map([['file:///x/a.png', png]]), () => 'bild');
    const body = [
      h('p', { title: 'a "b" & \'c\' <d>' }, ['a > b, a < b & c; ]]> "x" \'y\' Grüße 😀 Kultur\u00ADschule', h('br'), 'Zeile', h('img', { src: 'file:///x/a.png' })]),
      h('table', [h('tr', [h('td', { colSpan: 2, rowSpan: 1 }, 'A'), h('td')])]),
      h('hr'),
      h('p', { ariaHidden: true, hidden: true, ariaLabel: 'Beschriftung' }, ['Steuer\u000Czeichen']),
    ];
    const assembler = new EpubAssembler(options, [chapter(body, images)], images);
    const xhtml = await text(assembler, 'OEBPS/t.xhtml');
    expect(() => XmlDocument.fromString(xhtml).dispose()).not.toThrow();
    expect(xhtml).toContain(
      '<p title="a &quot;b&quot; &amp; &apos;c&apos; &lt;d&gt;">a &gt; b, a &lt; b &amp; c; ]]&gt; &quot;x&quot; &apos;y&apos; Grüße 😀 Kulturschule<br/>Zeile<img src="images/bild.png" alt=""/></p>',
    );
    expect(xhtml).toContain('<table><tr><td colspan="2" rowspan="1">A</td><td/></tr></table><hr/><p aria-hidden="true" aria-label="Beschriftung">Steuerzeichen</p>');
  });

  it('writes the container records, the stylesheet and every chapter under its planned name, in order', async () => {
    const images = new EpubImages(new Map(), () => 'bild');
    const assembler = new EpubAssembler(options, [chapter([h('p', 'A')], images, 'b.xhtml'), chapter([h('p', 'B')], images, 'a.xhtml')], images);
    expect(assembler.files(templates).map(([path]) => path)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/style.css', 'OEBPS/b.xhtml', 'OEBPS/a.xhtml', 'OEBPS/content.opf', 'OEBPS/toc.ncx', 'OEBPS/toc.xhtml']);
    expect(await text(assembler, 'mimetype')).toBe('application/epub+zip');
    expect(await text(assembler, 'OEBPS/style.css')).toBe('p { margin: 0 }');
    expect(await text(assembler, 'META-INF/container.xml')).toContain('<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>');
  });

  it('refuses chapter file names that are not plain .xhtml names, or taken twice', () => {
    const images = new EpubImages(new Map(), () => 'bild');
    expect(() => new EpubAssembler(options, [chapter([], images, 'über.xhtml')], images)).toThrow('epub: chapter file name `über.xhtml` is not a plain .xhtml name');
    expect(() => new EpubAssembler(options, [chapter([], images, 'a b.xhtml')], images)).toThrow('not a plain .xhtml name');
    expect(() => new EpubAssembler(options, [chapter([], images, 'a.html')], images)).toThrow('not a plain .xhtml name');
    expect(() => new EpubAssembler(options, [chapter([], images, 'a.xhtml'), chapter([], images, 'a.xhtml')], images)).toThrow('epub: two chapters are both called `a.xhtml`');
  });
});
