import { describe, expect, it } from 'vitest';
import { EpubAssembler } from '../../pipeline/render/epub/epub-assembler.ts';

const chapter = (content: string) => ({ title: 'T', filename: 't.xhtml', content, bodyType: 'bodymatter', excludeFromToc: true as const, beforeToc: false });
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('EpubAssembler', () => {
  it('embeds only images it was given bytes for; it never fetches, whatever the URL', async () => {
    const assembler = new EpubAssembler({ title: 'T', description: 'D', verbose: false }, [chapter('<p><img src="https://example.org/a.png" alt="A"></p>')], new Map());
    assembler.setTemplates({ contentOPF: '<package/>', tocXHTML: '<html/>', tocNCX: '<ncx/>' });
    expect(() => assembler.files()).toThrow('epub: no embedded image for `https://example.org/a.png`; only content images can be used');
  });

  it('names images stably, keeps empty alt texts and writes characters instead of references', async () => {
    const images = new Map([['file:///x/a.png', png]]);
    const assembler = new EpubAssembler({ title: 'T', description: 'D', lang: 'de', verbose: false }, [chapter('<p>Grüße <img src="file:///x/a.png" alt=""></p>')], images);
    assembler.renameImages(() => 'bild');
    assembler.setTemplates({ contentOPF: '<package/>', tocXHTML: '<html/>', tocNCX: '<ncx/>' });
    expect(assembler.imageItems()).toEqual([{ url: 'file:///x/a.png', href: 'images/bild.png', mediaType: 'image/png' }]);
    const files = new Map(assembler.files());
    const text = async (path: string) => new TextDecoder().decode(await files.get(path));
    expect(await files.get('OEBPS/images/bild.png')).toEqual(png);
    expect(await text('OEBPS/t.xhtml')).toContain('<p>Grüße <img src="images/bild.png" alt=""/></p>');
    expect(await text('OEBPS/content.opf')).toBe('<package/>');
    expect(await text('OEBPS/t.xhtml')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html [^>]* lang="de" xml:lang="de">[\s\S]*<body epub:type="bodymatter">\n<p>/);
  });
});
