// Pages of one PDF as form XObjects in another, so that they can be drawn there (the booklet's
// sheets). pdf-lib's own embedPdf() inflates every content stream of a page with its JavaScript
// inflater, joins them and deflates the result again: at 500 entries that was most of the
// booklet's 1.6 s, for bytes that come out as they went in. Here each content stream becomes a
// form of its own around its compressed bytes as they are. That is the same drawing as long as no
// stream leaves graphics state behind for the next one, which holds for the handbook's pages:
// Chromium's content, wrapped by pdf-lib in streams that hold only `q` and `Q` (which a form's
// own save and restore replace), then the stamped running head. A page laid out any other way
// goes through embedPdf().
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFObjectCopier,
  PDFPage,
  PDFRawStream,
  PDFRef,
  PDFStream,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  translate,
} from 'pdf-lib';

/** A source page in the target document: forms to draw one after the other, at the page's size. */
export interface PageForms {
  width: number;
  height: number;
  forms: PDFRef[];
}

/**
 * `pages` of one source document as forms of `doc`. A page without content (a blank page) gives
 * no forms.
 */
export async function embedPageForms(doc: PDFDocument, pages: PDFPage[]): Promise<PageForms[]> {
  if (pages.length === 0) return [];
  // One copier for all pages: resources they share (fonts, mostly) are copied once.
  const copier = PDFObjectCopier.for(pages[0]!.doc.context, doc.context);
  const embedded: PageForms[] = [];
  // Pages laid out otherwise, embedded by pdf-lib all at once: one call, one copier of its own.
  const whole: Array<{ page: PDFPage; at: number }> = [];
  for (const page of pages) {
    const { width, height } = page.getSize();
    const streams = contentStreams(page);
    const drawn = streams && formStreams(streams);
    if (drawn) {
      const box = page.getMediaBox();
      const resources = page.node.Resources();
      const copiedResources = resources ? copier.copy(resources) : doc.context.obj({});
      const forms = drawn.map((stream) => doc.context.register(asForm(doc, stream, box, copiedResources, copier)));
      embedded.push({ width, height, forms });
    } else {
      if (streams && streams.length > 0) whole.push({ page, at: embedded.length });
      embedded.push({ width, height, forms: [] });
    }
  }
  const wholeEmbedded = await doc.embedPages(whole.map(({ page }) => page));
  whole.forEach(({ at }, index) => embedded[at]!.forms.push(wholeEmbedded[index]!.ref));
  return embedded;
}

/** Draws `page` onto `target` with its lower left corner at (`x`, `y`). */
export function drawPageForms(target: PDFPage, page: PageForms, x: number, y: number): void {
  if (page.forms.length === 0) return;
  const names = page.forms.map((form) => target.node.newXObject('Page', form));
  target.pushOperators(pushGraphicsState(), translate(x, y), ...names.map((name) => drawObject(name)), popGraphicsState());
}

function contentStreams(page: PDFPage): PDFStream[] | undefined {
  const contents = page.node.Contents();
  if (!contents) return undefined;
  if (contents instanceof PDFStream) return [contents];
  return contents.asArray().map((item) => page.doc.context.lookup(item, PDFStream));
}

/**
 * The streams that each become a form, in drawing order, or undefined when a stream other than
 * the last could leave graphics state behind: allowed are `q`, one stream, `Q` (pdf-lib's
 * wrapping), repeated, and one last stream of any kind.
 */
function formStreams(streams: PDFStream[]): PDFStream[] | undefined {
  const forms: PDFStream[] = [];
  let at = 0;
  while (at < streams.length) {
    if (at === streams.length - 1) {
      forms.push(streams[at]!);
      at += 1;
    } else if (operatorOnly(streams[at]!, 'q') && at + 2 < streams.length && operatorOnly(streams[at + 2]!, 'Q')) {
      forms.push(streams[at + 1]!);
      at += 3;
    } else {
      return undefined;
    }
  }
  return forms;
}

/** Whether `stream` holds nothing but `operator`. */
function operatorOnly(stream: PDFStream, operator: 'q' | 'Q'): boolean {
  let text: string;
  if (stream instanceof PDFContentStream) {
    text = Buffer.from(stream.getUnencodedContents()).toString('latin1');
  } else if (stream instanceof PDFRawStream && stream.contents.length < 64) {
    const filter = stream.dict.get(PDFName.of('Filter'));
    if (filter === undefined) text = Buffer.from(stream.contents).toString('latin1');
    else if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) text = inflateSync(stream.contents).toString('latin1');
    else return false;
  } else {
    return false;
  }
  return text.trim() === operator;
}

/** A form XObject with `stream`'s bytes, encoded as they are. */
function asForm(doc: PDFDocument, stream: PDFStream, box: { x: number; y: number; width: number; height: number }, resources: PDFDict | PDFRef, copier: PDFObjectCopier): PDFRawStream {
  // As pdf-lib's embedded pages: the page's lower left corner is the form's origin.
  const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [box.x, box.y, box.x + box.width, box.y + box.height], Matrix: [1, 0, 0, 1, -box.x, -box.y], Resources: resources });
  // pdf-lib's own streams (the wrapping, the running heads) are deflated here as they would be
  // on saving, so a handbook still in memory and one read back make the same booklet.
  for (const key of ['Filter', 'DecodeParms']) {
    const value = stream.dict.get(PDFName.of(key));
    if (value !== undefined) dict.set(PDFName.of(key), value instanceof PDFArray || value instanceof PDFDict ? copier.copy(value) : value);
  }
  const bytes = stream.getContents();
  return PDFRawStream.of(dict, bytes);
}
