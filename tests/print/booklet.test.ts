import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { a4Landscape, imposeBooklet } from '../../pipeline/render/pdf/booklet.ts';
import { loadPdf } from '../../pipeline/render/pdf/pdf-io.ts';
import type { BookMeta } from '../../pipeline/model.ts';

const meta: BookMeta = {
  title: 'Test', subtitle: '', publisher: 'Verlag', publisherShort: 'V', funding: '', language: 'de',
  identifier: 'urn:uuid:3f1c1e2a-5b1d-4c4e-9a39-7d2f6b0c9e11', edition: '2024-05-01', description: 'Ein Test.', rights: '', keywords: [], output: 'test',
};

describe('imposeBooklet', () => {
  it('imposes a handbook whose blank pages have no content stream (as the recto blanks do)', async () => {
    const source = await PDFDocument.create();
    for (let index = 0; index < 6; index++) {
      const page = source.addPage([419.5, 595.3]);
      if (index !== 1) page.drawText(`Seite ${index + 1}`); // page 2 stays without /Contents
    }
    const booklet = await PDFDocument.load(await imposeBooklet(await loadPdf(await source.save()), meta));
    // 6 pages padded to 8: two sheets, four sides.
    expect(booklet.getPageCount()).toBe(4);
    expect(booklet.getPage(0).getSize()).toEqual({ width: a4Landscape[0], height: a4Landscape[1] });
  });

  it('makes the same booklet from the handbook document as saved as from its bytes', async () => {
    // As the handbook is made: pages read from a print, then drawn on (running heads), then saved.
    const printed = await PDFDocument.create();
    for (let index = 0; index < 5; index++) printed.addPage([419.5, 595.3]).drawText(`Seite ${index + 1}`);
    const source = await PDFDocument.load(await printed.save());
    source.getPages().forEach((page, index) => page.drawText(`Kolumne ${index + 1}`, { y: 580 }));
    const bytes = await source.save();
    const fromBytes = await imposeBooklet(await loadPdf(bytes), meta);
    const fromDocument = await imposeBooklet(source, meta);
    expect(Buffer.from(fromDocument).equals(Buffer.from(fromBytes))).toBe(true);
  });
});
