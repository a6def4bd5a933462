// Where links and their targets landed, read back from a PDF. Built with pdf-lib the way Chromium
// writes them: named destinations in /Dests, link annotations with a /Dest name.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../pipeline/render/pdf/read-layout.ts';

async function twoPages(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const [first, second] = [doc.addPage([420, 595]), doc.addPage([420, 595])];
  const dests = doc.context.obj({});
  dests.set(PDFName.of('begriff-a'), doc.context.obj([second.ref, PDFName.of('XYZ'), 40, 500, 0]));
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  const link = (rect: number[]) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Dest: PDFString.of('begriff-a') }));
  // A link whose line moved to the next page: Chromium leaves a sliver at the foot of the first.
  // Seen 0.42 and 1.16 pt high.
  first.node.set(PDFName.of('Annots'), doc.context.obj([link([81, 56.07, 207.7, 56.49]), link([54, 56.06, 179.25, 57.22])]));
  second.node.set(PDFName.of('Annots'), doc.context.obj([link([95, 527.45, 222, 537.96])]));
  return doc;
}

describe('readLayout', () => {
  it('reads a named destination as page and distance from the top', async () => {
    const layout = readLayout(await twoPages());
    expect(layout.pageCount).toBe(2);
    expect(layout.destinations.get('begriff-a')).toEqual({ page: 1, top: 95 });
  });

  it('puts a link on the page its text is on, not on the sliver Chromium leaves before a page break', async () => {
    const layout = readLayout(await twoPages());
    expect(layout.links).toEqual([{ page: 1, destination: 'begriff-a', left: 95, top: 537.96 }]);
  });
});
