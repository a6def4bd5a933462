// The booklet for office printers: the A5 handbook pages two-up on A4 landscape sheets in
// saddle-stitch order, with small fold marks at the middle of the top and bottom edges.
import { PDFDocument, grayscale } from 'pdf-lib';
import type { BookMeta } from '../../model.ts';
import { bookletSides } from './imposition.ts';
import { drawPageForms, embedPageForms } from './page-forms.ts';
import { savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';

const mm = 72 / 25.4;
export const a4Landscape: [number, number] = [297 * mm, 210 * mm];

export interface BookletOptions {
  /** Short marks where the sheets are folded (default: on). */
  foldMarks?: boolean;
}

/** `source`: the handbook's document as it was saved (reading its bytes back took 1.2-1.8 s at 500 entries). */
export async function imposeBooklet(source: PDFDocument, meta: BookMeta, options: BookletOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Blank pages (inserted so that parts start on the right) have no content: they give no forms.
  const pages = await embedPageForms(doc, source.getPages());
  const [sheetWidth, sheetHeight] = a4Landscape;
  for (const side of bookletSides(pages.length)) {
    const sheet = doc.addPage([sheetWidth, sheetHeight]);
    for (const [slot, index] of [[0, side.left], [1, side.right]] as const) {
      const page = index === null ? undefined : pages[index];
      if (!page) continue;
      drawPageForms(sheet, page, sheetWidth / 2 - page.width + slot * page.width, (sheetHeight - page.height) / 2);
    }
    if (options.foldMarks !== false) {
      for (const [from, to] of [[0, 6 * mm], [sheetHeight - 6 * mm, sheetHeight]]) {
        sheet.drawLine({ start: { x: sheetWidth / 2, y: from! }, end: { x: sheetWidth / 2, y: to! }, thickness: 0.4, color: grayscale(0.45) });
      }
    }
  }
  setMetadata(doc, meta, { title: `${meta.title} – Broschüre zum Drucken`, subject: `${meta.description} Druckbogen: A5-Seiten zu zweit auf A4 quer, für Rückstichheftung.`, variant: 'broschuere' });
  return savePdf(doc);
}
