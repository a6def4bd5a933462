// Loading and saving with pdf-lib, the same way everywhere: keep the metadata as it is (it is set
// explicitly) and do not yield to the event loop every few objects, which pdf-lib does by default
// and which makes a 500-page handbook crawl.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { renumberStructureIds } from './structure-ids.ts';
import './native-deflate.ts';

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  renumberStructureIds(doc);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
