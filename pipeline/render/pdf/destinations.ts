// Named destinations and bookmarks added to a PDF after Chromium wrote it: for pages appended
// later (the register) and for places Chromium only knows as link sources (the mentions).
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, type PDFDocument } from 'pdf-lib';

/** A point on a page: its left and top in PDF coordinates, the top of the page when left out. */
function point(doc: PDFDocument, pageIndex: number, left?: number, top?: number) {
  const page = doc.getPage(pageIndex);
  return doc.context.obj([page.ref, PDFName.of('XYZ'), left ?? 0, top ?? page.getHeight(), null]);
}

/** The catalog's /Dests dictionary, made when there is none. */
export function destinationsDict(doc: PDFDocument): PDFDict {
  let dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) {
    dests = doc.context.obj({});
    doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  }
  return dests;
}

/** Sets (or replaces) the named destination `name` in the catalog's /Dests. */
export function setDestination(doc: PDFDocument, name: string, pageIndex: number, left?: number, top?: number): void {
  destinationsDict(doc).set(PDFName.of(name), point(doc, pageIndex, left, top));
}

/** Adds a top-level bookmark at the end of the outline, pointing at the top of a page. */
export function appendOutlineItem(doc: PDFDocument, title: string, pageIndex: number): void {
  let outlinesRef = doc.catalog.get(PDFName.of('Outlines'));
  if (!(outlinesRef instanceof PDFRef)) {
    outlinesRef = doc.context.register(doc.context.obj({ Type: 'Outlines', Count: 0 }));
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  }
  const outlines = doc.context.lookup(outlinesRef, PDFDict);
  const last = outlines.get(PDFName.of('Last'));
  const item = doc.context.obj({ Title: PDFHexString.fromText(title), Parent: outlinesRef, Dest: point(doc, pageIndex) });
  if (last instanceof PDFRef) item.set(PDFName.of('Prev'), last);
  const ref = doc.context.register(item);
  if (last instanceof PDFRef) doc.context.lookup(last, PDFDict).set(PDFName.of('Next'), ref);
  else outlines.set(PDFName.of('First'), ref);
  outlines.set(PDFName.of('Last'), ref);
  const count = outlines.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0;
  outlines.set(PDFName.of('Count'), PDFNumber.of(count + 1));
}
