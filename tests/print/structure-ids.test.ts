// Chromium's DOM-node ids in a tagged PDF are renumbered by rank (structure-ids.ts).
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructureIds } from '../../pipeline/render/pdf/structure-ids.ts';

describe('renumberStructureIds', () => {
  it('renumbers ids written as literals, escaped literals and hex strings, in order, and leaves other strings alone', async () => {
    const doc = await PDFDocument.create();
    const headers = PDFArray.withContext(doc.context);
    headers.push(PDFString.of('node00000370'));
    headers.push(PDFHexString.fromText('node00000005')); // UTF-16 with byte order mark
    headers.push(PDFString.of('\\156ode00000042')); // an escaped "n"
    headers.push(PDFString.of('Nodes und Netze'));
    headers.push(PDFHexString.fromText('Regionale Bildungsnetzwerke'));
    const element = doc.context.obj({ Type: 'StructElem', ID: PDFString.of('node00000370'), Headers: headers });
    doc.context.register(element);
    renumberStructureIds(doc, 10);
    const text = (index: number) => (headers.get(index) as PDFString | PDFHexString).decodeText();
    expect([text(0), text(1), text(2), text(3), text(4)]).toEqual(['node00000013', 'node00000011', 'node00000012', 'Nodes und Netze', 'Regionale Bildungsnetzwerke']);
    expect((element.get(PDFName.of('ID')) as PDFString).decodeText()).toBe('node00000013');
  });
});
