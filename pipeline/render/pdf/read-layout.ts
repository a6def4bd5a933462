// Reads back from a Chromium PDF where things landed: the named destinations (one per linked id,
// with page and position) and the internal link annotations of every page. No text extraction
// is needed: the document's own links are the measuring points.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { Destination, PrintedLayout, PrintedLink } from '../print/layout.ts';
import { nameTreeEntries } from './tagged-structure.ts';

function text(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFName) return object.decodeText();
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  return undefined;
}

/** Link boxes lower than this (pt) are slivers; the smallest text of the handbook sets lines of 9 pt. */
const sliverHeight = 3;

export function readLayout(doc: PDFDocument): PrintedLayout {
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index]));
  const destinations = new Map<string, Destination>();
  const addDestination = (name: string, value: PDFObject) => {
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const array = resolved instanceof PDFDict ? resolved.lookupMaybe(PDFName.of('D'), PDFArray) : resolved;
    if (!(array instanceof PDFArray)) return;
    const page = pageIndex.get(array.get(0)?.toString() ?? '');
    const top = array.lookup(3);
    if (page === undefined) return;
    const height = pages[page]!.getHeight();
    destinations.set(name, { page, top: top instanceof PDFNumber ? Math.max(0, height - top.asNumber()) : 0 });
  };
  // Chromium writes a /Dests dictionary; a name tree under /Names is read too.
  for (const [key, value] of doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.entries() ?? []) addDestination(key.decodeText(), value);
  for (const [name, , value] of nameTreeEntries(doc, doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.get(PDFName.of('Dests')))) addDestination(name, value);

  const links: PrintedLink[] = [];
  pages.forEach((page, index) => {
    const annotations = page.node.Annots();
    for (let at = 0; at < (annotations?.size() ?? 0); at++) {
      const annotation = annotations!.lookup(at);
      if (!(annotation instanceof PDFDict) || annotation.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
      const destination = text(annotation.lookup(PDFName.of('Dest'))) ?? text(action?.lookup(PDFName.of('D')));
      const rect = annotation.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : 0)) ?? [];
      // Chromium also writes a sliver (0.4 to 1.2 pt high) at the foot of a page for a link whose
      // line moved to the next page: the link is not on that page. Real links are a line high.
      if (destination === undefined || Math.abs((rect[3] ?? 0) - (rect[1] ?? 0)) < sliverHeight) continue;
      links.push({ page: index, destination, left: Math.min(rect[0] ?? 0, rect[2] ?? 0), top: Math.max(rect[1] ?? 0, rect[3] ?? 0) });
    }
  });
  return { pageCount: pages.length, destinations, links };
}
