import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { drawPageForms, embedPageForms } from '../../pipeline/render/pdf/page-forms.ts';

const work = mkdtempSync(join(tmpdir(), 'page-forms-'));
afterAll(() => { if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); });

/** A page as the handbook's are: printed (read from bytes), then drawn on by pdf-lib. */
async function handbookLikeSource(): Promise<PDFDocument> {
  const printed = await PDFDocument.create();
  const font = await printed.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < 3; index++) {
    const page = printed.addPage([419.5, 595.3]);
    // Leaves graphics state behind (a fill colour) that the wrapping must keep from what follows.
    page.drawRectangle({ x: 40, y: 300, width: 200, height: 120, color: rgb(0.8, 0.2, 0.1) });
    page.drawText(`Seite ${index + 1}`, { x: 60, y: 500, size: 24, font });
  }
  const source = await PDFDocument.load(await printed.save());
  source.getPages().forEach((page, index) => page.drawText(`Kolumne ${index + 1}`, { x: 40, y: 560, size: 10 }));
  // Saved, as the handbook is before its booklet is made: pdf-lib writes the fonts it embedded only then.
  await source.save();
  return source;
}

function rendered(bytes: Uint8Array, name: string): Buffer {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  // Quiet, or poppler's complaints about a broken file would pass unnoticed.
  const run = spawnSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-png', '-singlefile', file, join(work, name)], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  return readFileSync(join(work, `${name}.png`));
}

/** The source's pages side by side on one sheet, once through pdf-lib's embedPdf, once as forms. */
async function sheets(source: PDFDocument): Promise<{ viaEmbedPdf: Buffer; viaForms: Buffer }> {
  const reference = await PDFDocument.create();
  const embedded = await reference.embedPdf(source, source.getPageIndices());
  const referenceSheet = reference.addPage([842, 595.3]);
  embedded.forEach((page, index) => referenceSheet.drawPage(page, { x: index * 280, y: 0 }));

  const doc = await PDFDocument.create();
  const forms = await embedPageForms(doc, source.getPages());
  const sheet = doc.addPage([842, 595.3]);
  forms.forEach((page, index) => drawPageForms(sheet, page, index * 280, 0));
  const tag = `${Math.random()}`.slice(2);
  return { viaEmbedPdf: rendered(await reference.save(), `ref-${tag}`), viaForms: rendered(await doc.save(), `forms-${tag}`) };
}

describe('embedPageForms', () => {
  it('keeps the printed content stream as it is, compressed bytes and all', async () => {
    const source = await handbookLikeSource();
    const page = source.getPage(0);
    const contents = page.node.Contents();
    if (!(contents instanceof PDFArray)) throw new Error('expected the print wrapped in q and Q');
    const printed = source.context.lookup(contents.get(1));
    const doc = await PDFDocument.create();
    const [forms] = await embedPageForms(doc, [page]);
    // The `q` and `Q` streams pdf-lib wrapped the print in are left out: a form saves and restores itself.
    expect(forms!.forms).toHaveLength(2);
    const form = doc.context.lookup(forms!.forms[0]!);
    if (!(printed instanceof PDFRawStream) || !(form instanceof PDFRawStream)) throw new Error('expected raw streams');
    expect(form.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Form'));
    expect(Buffer.from(form.contents).equals(Buffer.from(printed.contents))).toBe(true);
  });

  it('draws the same sheet as pdf-lib embedPdf() does', async () => {
    const { viaEmbedPdf, viaForms } = await sheets(await handbookLikeSource());
    expect(viaForms.equals(viaEmbedPdf)).toBe(true);
  });

  it('takes a page whose streams share graphics state through embedPdf(), so it draws the same', async () => {
    const source = await PDFDocument.create();
    const page = source.addPage([419.5, 595.3]);
    // Two streams, the second drawing in the colour the first set: not one form each.
    const setsColour = source.context.flateStream('1 0 0 rg\n');
    const fills = source.context.flateStream('40 300 200 120 re f\n');
    page.node.set(PDFName.of('Contents'), source.context.obj([source.context.register(setsColour), source.context.register(fills)]));
    const doc = await PDFDocument.create();
    const [forms] = await embedPageForms(doc, [page]);
    expect(forms!.forms).toHaveLength(1);
    const { viaEmbedPdf, viaForms } = await sheets(source);
    expect(viaForms.equals(viaEmbedPdf)).toBe(true);
  });

  it('puts a page whose box does not start at 0,0 with its box where the page goes', async () => {
    // The same drawing twice: once on a page whose box starts at 20,30 (and is drawn at 60,330
    // inside it), once on one whose box starts at 0,0. (pdf-lib's embedPdf() would cut the first
    // one's box at 0,0 instead.)
    async function sheetOf(origin: { x: number; y: number }): Promise<Buffer> {
      const source = await PDFDocument.create();
      const page = source.addPage([360, 510]);
      page.setMediaBox(origin.x, origin.y, 360, 510);
      page.drawRectangle({ x: origin.x + 40, y: origin.y + 300, width: 200, height: 120, color: rgb(0.8, 0.2, 0.1) });
      const doc = await PDFDocument.create();
      const [forms] = await embedPageForms(doc, source.getPages());
      drawPageForms(doc.addPage([842, 595.3]), forms!, 100, 20);
      return rendered(await doc.save(), `origin-${origin.x}`);
    }
    expect((await sheetOf({ x: 20, y: 30 })).equals(await sheetOf({ x: 0, y: 0 }))).toBe(true);
  });

  it('gives a page without content no forms', async () => {
    const source = await PDFDocument.create();
    source.addPage([419.5, 595.3]);
    const [forms] = await embedPageForms(await PDFDocument.create(), source.getPages());
    expect(forms).toEqual({ width: 419.5, height: 595.3, forms: [] });
  });
});
