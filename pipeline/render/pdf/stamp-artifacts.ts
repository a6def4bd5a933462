// Draws pages of a furniture PDF (page numbers, running heads, footers that Chromium could not
// print itself) over the pages of another, marked as pagination artifacts: a screen reader skips
// them, and they are not part of the text's structure.
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, endMarkedContent } from 'pdf-lib';
import { drawPageForms, embedPageForms } from './page-forms.ts';
import { loadPdf } from './pdf-io.ts';

/**
 * Draws furniture page `sheets[k]` over page `k` of `doc`, for every `k` that has one. The
 * furniture's pages are as big as the pages they are drawn over.
 */
export async function stampArtifacts(doc: PDFDocument, furniture: PDFDocument | Uint8Array, sheets: ReadonlyArray<number | undefined>): Promise<void> {
  const used = [...new Set(sheets.filter((sheet) => sheet !== undefined))].sort((a, b) => a - b);
  const source = furniture instanceof PDFDocument ? furniture : await loadPdf(furniture);
  const forms = await embedPageForms(doc, used.map((sheet) => source.getPage(sheet)));
  const embedded = new Map(forms.map((page, at) => [used[at]!, page]));
  sheets.forEach((sheet, pageIndex) => {
    if (sheet === undefined) return;
    const page = doc.getPage(pageIndex);
    // pdf-lib's types leave dictionaries out of operator arguments, but it writes them fine.
    const properties = doc.context.obj({ Type: 'Pagination' }) as unknown as PDFName;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), properties]));
    drawPageForms(page, embedded.get(sheet)!, 0, 0);
    page.pushOperators(endMarkedContent());
  });
}
