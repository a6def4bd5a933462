// pdf-lib's streams are deflated by Node's zlib once the PDF code is loaded (native-deflate.ts,
// imported by pdf-io.ts, through which every PDF is loaded and saved).
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdf, savePdf } from '../../pipeline/render/pdf/pdf-io.ts';

/** Something like a page's content stream: text operators with numbers that vary. */
function contentLike(lines: number): Uint8Array {
  let text = '';
  for (let line = 0; line < lines; line++) text += `BT /F1 9 Tf ${(line * 7.31) % 420} ${(line * 13.7) % 595} Td <00${(line % 97).toString(16).padStart(2, '0')}0041> Tj ET\n`;
  return new TextEncoder().encode(text);
}

describe("pdf-lib's deflate", () => {
  it('is Node zlib once the PDF code is loaded: the same bytes as deflateSync', async () => {
    const doc = await PDFDocument.create();
    const content = contentLike(2000);
    const stream = doc.context.flateStream(content);
    expect(Buffer.from(stream.getContents()).equals(deflateSync(content))).toBe(true);
  });

  it('writes PDFs whose embedded pages and object streams read back the same', async () => {
    const source = await PDFDocument.create();
    const page = source.addPage([420, 595]);
    page.drawText('Regionale Bildungsnetzwerke', { x: 40, y: 500, size: 14 });
    const target = await PDFDocument.create();
    const [embedded] = await target.embedPdf(await source.save());
    target.addPage([842, 595]).drawPage(embedded!, { x: 0, y: 0 });
    const reread = await loadPdf(await savePdf(target));
    const forms = reread.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form');
    expect(forms).toHaveLength(1);
    const form = forms[0]![1] as PDFRawStream;
    expect(form.dict.get(PDFName.of('Filter'))?.toString()).toBe('/FlateDecode');
    expect(new TextDecoder().decode(inflateSync(form.getContents()))).toMatch(/Tj/);
  });
});
