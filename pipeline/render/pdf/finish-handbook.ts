// What Chromium cannot do for the handbook, done on its PDF with pdf-lib: draw the page
// furniture (running heads, page numbers) as pagination artifacts, give the pages their printed
// labels (i, ii, … then 1, 2, …) and the bookmarks their clean heading texts.
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { PDFDict, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, endMarkedContent, type PDFDocument } from 'pdf-lib';
import { visit } from 'unist-util-visit';
import type { PageFurniture } from '../print/page-plan.ts';

/** Draws page `k` of the furniture PDF over every handbook page `k` that has furniture. */
export async function stampFurniture(doc: PDFDocument, furniturePdf: Uint8Array, pages: readonly PageFurniture[]): Promise<void> {
  const indices = pages.flatMap((page, index) => (page.folio || page.head ? [index] : []));
  const embedded = await doc.embedPdf(furniturePdf, indices);
  indices.forEach((pageIndex, at) => {
    const page = doc.getPage(pageIndex);
    // pdf-lib's types leave dictionaries out of operator arguments, but it writes them fine.
    const properties = doc.context.obj({ Type: 'Pagination' }) as unknown as PDFName;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), properties]));
    page.drawPage(embedded[at]!, { x: 0, y: 0 });
    page.pushOperators(endMarkedContent());
  });
}

/** Page labels as printed: roman numerals up to `arabicStart` (0-based), arabic from 1 there. */
export function setPageLabels(doc: PDFDocument, arabicStart: number | undefined): void {
  const ranges: unknown[] = [0, { S: 'r' }];
  if (arabicStart !== undefined && arabicStart > 0) ranges.push(arabicStart, { S: 'D' });
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: ranges as never }));
}

/** The text of every heading in document order, as a reader should see it in the bookmarks. */
export function headingTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName)) texts.push(toString(node).replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim());
  });
  return texts;
}

/**
 * Chromium builds the outline from the headings but drops the space where a heading wraps
 * ("Kommunale Gesamtkonzepte fürKulturelle Bildung"); the titles are replaced by the headings'
 * own texts, matched in document order. Returns false when the outline does not match.
 */
export function cleanOutline(doc: PDFDocument, titles: readonly string[]): boolean {
  const items: PDFDict[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(current);
      walk(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  if (items.length !== titles.length) return false;
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index]!)));
  return true;
}
