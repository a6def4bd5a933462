// Appending one tagged PDF to another (pdf/append-tagged.ts) keeps every structure element's
// /ID its own: Chromium numbers them per renderer process, so two PDFs printed in different tabs,
// or the same one twice, bring the same ids.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestBrowser } from '../helpers/test-browser.ts';
import { appendTaggedPdf } from '../../pipeline/render/pdf/append-tagged.ts';
import { loadPdf, savePdf } from '../../pipeline/render/pdf/pdf-io.ts';
import { nameTreeEntries, structRoot } from '../../pipeline/render/pdf/tagged-structure.ts';

let dir: string;
let printed: Uint8Array;

const table = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Tabelle</title></head><body>
<h1>Tabelle</h1><table><thead><tr><th>Begriff</th><th>Seite</th></tr></thead>
<tbody><tr><th scope="row">Inklusion</th><td>12</td></tr><tr><th scope="row">Netzwerk</th><td>14</td></tr></tbody></table></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossar-append-'));
  await writeFile(join(dir, 'tabelle.html'), table);
  await withTestBrowser(dir, async (session) => {
    const page = await session.newPage();
    await page.goto(`file://${join(dir, 'tabelle.html')}`);
    printed = await page.pdf({ tagged: true, outline: true });
  });
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function elementIds(pdf: PDFDocument): string[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.has(PDFName.of('S')) && object.has(PDFName.of('ID')))
    .map((element) => (element.get(PDFName.of('ID')) as PDFString).decodeText());
}

describe('appending a tagged PDF', () => {
  it('gives the appended elements ids of their own, named in the /IDTree in order', async () => {
    const target = await loadPdf(printed);
    const once = elementIds(target);
    expect(once.length).toBeGreaterThanOrEqual(2);
    appendTaggedPdf(target, await loadPdf(printed));
    const twice = elementIds(await loadPdf(await savePdf(target)));
    expect(twice.length).toBe(2 * once.length);
    expect(new Set(twice).size).toBe(twice.length);
    const named = nameTreeEntries(target, structRoot(target).get(PDFName.of('IDTree'))).map(([text]) => text);
    expect(named.length).toBe(twice.length);
    expect(named).toEqual([...named].sort());
  });
});
