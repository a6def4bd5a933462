// What Chromium cannot do for the handbook, done on its PDF with pdf-lib: draw the page
// furniture (running heads, page numbers) as pagination artifacts, give the pages their printed
// labels (i, ii, … then 1, 2, …).
import { PDFName, type PDFDocument } from 'pdf-lib';
import type { PageFurniture } from '../print/page-plan.ts';
import { stampArtifacts } from './stamp-artifacts.ts';

/**
 * Draws page `k` of the furniture PDF over handbook page `first + k`, for every page of `pages`
 * (the furniture of the handbook's pages from `first` on) that has furniture.
 */
export function stampFurniture(doc: PDFDocument, furniturePdf: Uint8Array, pages: readonly PageFurniture[], first = 0): Promise<void> {
  const sheets: Array<number | undefined> = Array.from({ length: first });
  pages.forEach((page, index) => sheets.push(page.folio || page.head ? index : undefined));
  return stampArtifacts(doc, furniturePdf, sheets);
}

/** Page labels as printed: roman numerals up to `arabicStart` (0-based), arabic from 1 there. */
export function setPageLabels(doc: PDFDocument, arabicStart: number | undefined): void {
  const ranges: unknown[] = [0, { S: 'r' }];
  if (arabicStart !== undefined && arabicStart > 0) ranges.push(arabicStart, { S: 'D' });
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: ranges as never }));
}
