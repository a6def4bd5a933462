import { describe, expect, it } from 'vitest';
import type { Book } from '../../pipeline/model.ts';
import { epubUrls } from '../../pipeline/render/epub/epub-urls.ts';
import { planFileNames } from '../../pipeline/render/epub/file-names.ts';

describe('epubUrls', () => {
  const warnings: string[] = [];
  const names = planFileNames({ entries: [{ slug: 'inklusion' }], pages: [] } as unknown as Pick<Book, 'entries' | 'pages'>);
  const urls = epubUrls({ names, anchors: new Map([['inklusion', new Set(['überblick'])]]), warn: (text) => warnings.push(text) });

  it('links an entry to its file, keeping a fragment the file has', () => {
    expect(urls.entry('inklusion')).toBe('inklusion.xhtml');
    expect(urls.entry('inklusion', 'überblick')).toBe('inklusion.xhtml#überblick');
    expect(warnings).toEqual([]);
  });

  it('drops a fragment the target lacks, with a warning, so no link points into nothing', () => {
    expect(urls.entry('inklusion', 'fehlt')).toBe('inklusion.xhtml');
    expect(warnings).toEqual(['epub: a link points to `#fehlt` in `inklusion`, which has no such anchor; it links to the entry instead']);
  });

  it('names content images by file URL, the key the assembler embeds them under', () => {
    expect(urls.asset('/inhalt/bilder/ä b.png')).toBe('file:///inhalt/bilder/%C3%A4%20b.png');
  });
});
