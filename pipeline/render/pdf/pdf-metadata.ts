// Document metadata for every PDF the pipeline writes: the Info dictionary, an XMP packet with the
// same facts, language, DisplayDocTitle and a file identifier. Dates come from SOURCE_DATE_EPOCH
// or the edition date, never from the clock, so that a rebuild of the same content is identical.
import { createHash } from 'node:crypto';
import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import type { BookMeta } from '../../model.ts';
import { buildDate, isoSeconds } from '../build-date.ts';

export interface PdfFacts {
  title: string;
  subject: string;
  /** Distinguishes the outputs of one book in the file identifier, e.g. `handbuch`. */
  variant: string;
}

export const creator = 'glossar-handbuch';
export const producer = 'glossar-handbuch (Chromium, pdf-lib)';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xmpPacket(meta: BookMeta, facts: PdfFacts, date: Date): string {
  const iso = isoSeconds(date);
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(facts.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(meta.publisher)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(facts.subject)}</dc:description>
<dc:subject><rdf:Bag>${meta.keywords.map((keyword) => `<rdf:li>${xml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
<dc:rights>${alt(meta.rights)}</dc:rights>
<dc:identifier>${xml(meta.identifier)}</dc:identifier>
<pdf:Keywords>${xml(meta.keywords.join('; '))}</pdf:Keywords>
<pdf:Producer>${producer}</pdf:Producer>
<xmp:CreatorTool>${creator}</xmp:CreatorTool>
<xmp:CreateDate>${iso}</xmp:CreateDate>
<xmp:ModifyDate>${iso}</xmp:ModifyDate>
<xmp:MetadataDate>${iso}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

export function setMetadata(doc: PDFDocument, meta: BookMeta, facts: PdfFacts): void {
  const date = buildDate(meta);
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.publisher);
  doc.setSubject(facts.subject);
  doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator(creator);
  doc.setProducer(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.language);
  const metadata = doc.context.register(doc.context.stream(xmpPacket(meta, facts, date), { Type: 'Metadata', Subtype: 'XML' }));
  doc.catalog.set(PDFName.of('Metadata'), metadata);
  const id = createHash('sha256').update(`${meta.identifier}\n${facts.variant}\n${date.toISOString()}`).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
