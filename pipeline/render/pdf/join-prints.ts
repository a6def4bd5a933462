// Joins the PDFs of a print document printed in chunks (print/print-chunks.ts) into one, as if it
// had been printed whole: pages and structure appended (append-tagged.ts); the elements a cut
// opened (a letter continued in the next chunk) joined into one structure element again; the
// named destinations each chunk owns, without the stubs it printed for links to other chunks;
// and one outline over all headings, nested by level, with the headings' own texts.
import { PDFDict, PDFHexString, PDFName, PDFObjectCopier, PDFRef, type PDFDocument } from 'pdf-lib';
import { appendTaggedPdf } from './append-tagged.ts';
import { destinationsDict } from './destinations.ts';
import { copyOutlineItem, type Heading, type OutlineEntry, outlineEntries, setOutline } from './outline.ts';
import { documentElement, kidsOf, structRoot } from './tagged-structure.ts';

export interface PrintedChunk {
  pdf: PDFDocument;
  /** How many outer elements continue the last ones of the chunk before. */
  continues: number;
  /** Ids whose named destinations are this chunk's; none: all it has. */
  owns?: ReadonlySet<string>;
  /** The chunk's headings, in document order: one bookmark each. */
  headings: readonly Heading[];
}

export interface JoinedPrint {
  pdf: PDFDocument;
  /** False when some chunk's bookmarks did not match its headings one to one (their titles were kept). */
  outlineMatched: boolean;
}

function destinationsOf(doc: PDFDocument): PDFDict | undefined {
  return doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
}

/**
 * Joins chunks as they come, in order: each is appended when it is added, so that only the
 * joined document is kept, not every chunk's until the last (at 2,000 entries, 26 of them).
 */
export class PrintJoiner {
  #target?: PDFDocument;
  #outlineMatched = true;
  readonly #outline: OutlineEntry[] = [];

  /** The chunk's bookmarks as items of the target, titled and levelled by its headings where they match. */
  #addOutline(chunk: PrintedChunk, carry: (item: PDFDict) => PDFDict, refOf: (entry: OutlineEntry, item: PDFDict) => PDFRef): void {
    const entries = outlineEntries(chunk.pdf);
    const matches = entries.length === chunk.headings.length;
    if (!matches) this.#outlineMatched = false;
    entries.forEach((entry, index) => {
      const item = carry(entry.item);
      const heading = matches ? chunk.headings[index]! : undefined;
      if (heading) item.set(PDFName.of('Title'), PDFHexString.fromText(heading.text));
      this.#outline.push({ level: heading?.level ?? entry.level, ref: refOf(entry, item), item });
    });
  }

  add(chunk: PrintedChunk): void {
    const target = this.#target;
    if (!target) {
      this.#target = chunk.pdf;
      const targetDestinations = destinationsOf(chunk.pdf);
      for (const key of targetDestinations?.keys() ?? []) if (chunk.owns && !chunk.owns.has(key.decodeText())) targetDestinations!.delete(key);
      this.#addOutline(chunk, (item) => item, (entry) => entry.ref);
      return;
    }
    const copier = PDFObjectCopier.for(chunk.pdf.context, target.context);
    const before = kidsOf(documentElement(structRoot(target)).element).at(-1);
    const appended = kidsOf(documentElement(structRoot(chunk.pdf)).element)[0];
    appendTaggedPdf(target, chunk.pdf, copier);
    if (chunk.continues > 0 && before instanceof PDFRef && appended instanceof PDFRef) {
      joinContinued(target, documentElement(structRoot(target)), before, copier.copy(appended) as PDFRef, chunk.continues);
    }
    for (const [key, value] of destinationsOf(chunk.pdf)?.entries() ?? []) {
      if (!chunk.owns || chunk.owns.has(key.decodeText())) destinationsDict(target).set(key, copier.copy(value));
    }
    this.#addOutline(
      chunk,
      (item) => copyOutlineItem(item, target, (object) => copier.copy(object)),
      (_entry, item) => target.context.register(item),
    );
  }

  /** The joined document, with one outline over all chunks' headings. */
  finish(): JoinedPrint {
    if (!this.#target) throw new Error('Nothing printed to join');
    setOutline(this.#target, this.#outline);
    return { pdf: this.#target, outlineMatched: this.#outlineMatched };
  }
}

/** A structure element whose kids are all structure elements (no marked content of its own). */
function isElementOnly(doc: PDFDocument, element: PDFDict): boolean {
  return kidsOf(element).every((kid) => {
    const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    return value instanceof PDFDict && value.has(PDFName.of('S'));
  });
}

/**
 * `after` is the element right after `before` among `parent`'s kids, and continues it for `depth`
 * levels: its kids become `before`'s, and its first kid continues `before`'s last. Elements with
 * marked content of their own are left apart (their kids name pages through them).
 */
function joinContinued(doc: PDFDocument, parent: { ref: PDFRef; element: PDFDict }, before: PDFRef, after: PDFRef, depth: number): void {
  const earlier = doc.context.lookup(before, PDFDict);
  const later = doc.context.lookup(after, PDFDict);
  if (depth === 0 || earlier.get(PDFName.of('S'))?.toString() !== later.get(PDFName.of('S'))?.toString()) return;
  if (!isElementOnly(doc, earlier) || !isElementOnly(doc, later)) return;
  const earlierKids = kidsOf(earlier);
  const laterKids = kidsOf(later);
  const last = earlierKids.at(-1);
  const next = laterKids[0];
  earlier.set(PDFName.of('K'), doc.context.obj([...earlierKids, ...laterKids]));
  for (const kid of laterKids) if (kid instanceof PDFRef) doc.context.lookup(kid, PDFDict).set(PDFName.of('P'), before);
  // PDFRef.of interns references, so identity is equality.
  parent.element.set(PDFName.of('K'), doc.context.obj(kidsOf(parent.element).filter((kid) => kid !== after)));
  doc.context.delete(after);
  if (last instanceof PDFRef && next instanceof PDFRef) joinContinued(doc, { ref: before, element: earlier }, last, next, depth - 1);
}
