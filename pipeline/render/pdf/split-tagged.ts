// Cuts a tagged PDF into parts of consecutive pages, each a tagged PDF of its own: the inverse of
// append-tagged.ts. A part gets its pages (with their resources and annotations), the top-level
// structure elements whose content lies on them under a document element of its own, the parent
// tree entries of its pages and annotations renumbered from 0, the entries of the ID tree and the
// named destinations that belong to it, and the top-level bookmarks that point into it with
// everything below them. Nothing of another part is copied, which would drag its objects along.
// Written for Chromium's tagged PDFs (see tagged-structure.ts).
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFObject } from 'pdf-lib';
import { copyOutline } from './outline.ts';
import { documentElement, kidsOf, nameTree, nameTreeEntries, parentTreeNums, structRoot, type NameEntry } from './tagged-structure.ts';

/** A run of consecutive pages that becomes a PDF of its own. */
export interface PageRange {
  first: number;
  count: number;
}

/** A child of the document element, with what it reaches. */
interface TopElement {
  ref: PDFRef;
  /** Its own reference and those of all elements below it. */
  members: Set<string>;
  /** How many pieces of its content (marked content, annotations) are on each page. */
  pieces: Map<string, number>;
}

export class TaggedPdfParts {
  readonly #source: PDFDocument;
  readonly #ranges: readonly PageRange[];
  readonly #documentElement: PDFDict;
  /** The top-level elements of each part. */
  readonly #elements: TopElement[][];
  readonly #parentTree = new Map<number, PDFObject>();
  readonly #ids: NameEntry[];
  /** Named destinations as Chromium writes them: a /Dests dictionary in the catalog. */
  readonly #destinations: Array<[PDFName, PDFObject]>;

  /** Takes `source` apart into `ranges`: it is not to be saved afterwards. */
  constructor(source: PDFDocument, ranges: readonly PageRange[]) {
    this.#source = source;
    this.#ranges = ranges;
    const root = structRoot(source);
    this.#documentElement = documentElement(root).element;
    const partOfPage = new Map<string, number>();
    const pages = source.getPages();
    ranges.forEach(({ first, count }, part) => pages.slice(first, first + count).forEach((page) => partOfPage.set(page.ref.toString(), part)));
    this.#elements = ranges.map(() => []);
    let part = 0;
    for (const kid of kidsOf(this.#documentElement)) {
      if (!(kid instanceof PDFRef)) throw new Error('Expected the document element\'s children to be indirect structure elements');
      const element: TopElement = { ref: kid, members: new Set(), pieces: new Map() };
      this.#reach(kid, element);
      // An element belongs to the part that holds most of its content; one without any to the part before.
      const count = new Map<number, number>();
      for (const [page, pieces] of element.pieces) {
        const owner = partOfPage.get(page);
        if (owner !== undefined) count.set(owner, (count.get(owner) ?? 0) + pieces);
      }
      part = [...count].sort(([a, x], [b, y]) => y - x || a - b)[0]?.[0] ?? part;
      this.#elements[part]!.push(element);
      const own = new Set([...partOfPage].filter(([, owner]) => owner === part).map(([page]) => page));
      this.#trim(kid, own);
      // Cut loose from the document element, so that copying one does not drag the whole tree along.
      source.context.lookup(kid, PDFDict).delete(PDFName.of('P'));
    }
    const nums = parentTreeNums(root);
    for (let index = 0; index + 1 < nums.size(); index += 2) this.#parentTree.set((nums.get(index) as PDFNumber).asNumber(), nums.get(index + 1)!);
    this.#ids = nameTreeEntries(source, root.get(PDFName.of('IDTree')));
    this.#destinations = source.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.entries() ?? [];
    if (source.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.has(PDFName.of('Dests'))) throw new Error('Named destinations in a name tree are not supported');
  }

  /** A structure element's child as a dictionary (marked-content or object reference, element), if it is one. */
  #kidDict(kid: PDFObject): PDFDict | undefined {
    const resolved = kid instanceof PDFRef ? this.#source.context.lookup(kid) : kid;
    return resolved instanceof PDFDict ? resolved : undefined;
  }

  #isElement(ref: PDFObject): ref is PDFRef {
    return ref instanceof PDFRef && this.#kidDict(ref)?.has(PDFName.of('S')) === true;
  }

  /** The page a child of an element with page `page` is on; undefined for an element. */
  #pageOfKid(kid: PDFObject, page: PDFObject | undefined): string | undefined {
    if (this.#isElement(kid)) return undefined;
    return (this.#kidDict(kid)?.get(PDFName.of('Pg')) ?? page)?.toString();
  }

  /** Collects the elements below `ref` and where their content is into `into`. */
  #reach(ref: PDFRef, into: TopElement): void {
    into.members.add(ref.toString());
    const element = this.#source.context.lookup(ref, PDFDict);
    const page = element.get(PDFName.of('Pg'));
    for (const kid of kidsOf(element)) {
      if (this.#isElement(kid)) this.#reach(kid, into);
      const on = this.#pageOfKid(kid, page);
      if (on !== undefined) into.pieces.set(on, (into.pieces.get(on) ?? 0) + 1);
    }
  }

  /**
   * Drops from the elements below `ref` the content on pages other than `pages`. Chromium paints
   * a page by painting what is near it with everything outside clipped away, and tags what it
   * painted: the first line of a handout also leaves an empty piece of marked content on the page
   * before, which belongs to the handout's structure but not to its pages.
   */
  #trim(ref: PDFRef, pages: ReadonlySet<string>): void {
    const element = this.#source.context.lookup(ref, PDFDict);
    const page = element.get(PDFName.of('Pg'));
    const kids = kidsOf(element);
    const kept = kids.filter((kid) => {
      if (this.#isElement(kid)) this.#trim(kid, pages);
      const on = this.#pageOfKid(kid, page);
      return on === undefined || pages.has(on);
    });
    if (kept.length !== kids.length) element.set(PDFName.of('K'), this.#source.context.obj(kept));
    if (page && !pages.has(page.toString())) {
      const next = kept.map((kid) => this.#kidDict(kid)?.get(PDFName.of('Pg'))).find((on) => on !== undefined);
      if (next) element.set(PDFName.of('Pg'), next);
      else element.delete(PDFName.of('Pg'));
    }
  }

  /** Part `index` (of the ranges given) as a tagged PDF of its own. */
  async part(index: number): Promise<PDFDocument> {
    const source = this.#source;
    const { first, count } = this.#ranges[index]!;
    const target = await PDFDocument.create({ updateMetadata: false });
    const copier = PDFObjectCopier.for(source.context, target.context);
    const pages = source.getPages().slice(first, first + count);
    const pageKeys = new Set(pages.map((page) => page.ref.toString()));
    const elements = this.#elements[index]!;
    const members = new Set(elements.flatMap((element) => [...element.members]));

    // Pages first, with their parent tree entries renumbered in page order.
    const nums: PDFObject[] = [];
    const renumber = (dict: PDFDict, key: 'StructParents' | 'StructParent') => {
      const old = dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
      if (old === undefined) return;
      const entry = this.#parentTree.get(old);
      const next = nums.length / 2;
      dict.set(PDFName.of(key), PDFNumber.of(next));
      if (entry !== undefined) nums.push(PDFNumber.of(next), this.#copyParentEntry(entry, members, target, copier));
    };
    for (const page of pages) {
      const ref = copier.copy(page.ref) as PDFRef;
      const leaf = target.context.lookup(ref) as PDFPage['node'];
      renumber(leaf, 'StructParents');
      const annotations = leaf.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let at = 0; at < (annotations?.size() ?? 0); at++) {
        const annotation = annotations!.lookup(at);
        if (annotation instanceof PDFDict) renumber(annotation, 'StructParent');
      }
      target.addPage(PDFPage.of(leaf, ref, target));
    }

    const rootRef = target.context.nextRef();
    const documentRef = target.context.nextRef();
    const documentCopy = target.context.obj({});
    for (const [key, value] of this.#documentElement.entries()) {
      if (key !== PDFName.of('K') && key !== PDFName.of('P')) documentCopy.set(key, copier.copy(value));
    }
    const kids = elements.map((element) => {
      const ref = copier.copy(element.ref) as PDFRef;
      target.context.lookup(ref, PDFDict).set(PDFName.of('P'), documentRef);
      return ref;
    });
    documentCopy.set(PDFName.of('K'), target.context.obj(kids));
    documentCopy.set(PDFName.of('P'), rootRef);
    target.context.assign(documentRef, documentCopy);

    const structTreeRoot = target.context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: target.context.register(target.context.obj({ Nums: target.context.obj(nums) })),
      ParentTreeNextKey: nums.length / 2,
    });
    const ids = this.#ids.filter(([, , value]) => members.has(value.toString()));
    if (ids.length > 0) structTreeRoot.set(PDFName.of('IDTree'), nameTree(target, ids.map(([text, key, value]) => [text, key, copier.copy(value)])));
    target.context.assign(rootRef, structTreeRoot);
    target.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    target.catalog.set(PDFName.of('MarkInfo'), target.context.obj({ Type: 'MarkInfo', Marked: true }));

    const destinations = this.#destinations.filter(([, value]) => pageKeys.has(this.#destinationPage(value) ?? ''));
    if (destinations.length > 0) {
      const dests = target.context.obj({});
      for (const [name, value] of destinations) dests.set(name, copier.copy(value));
      target.catalog.set(PDFName.of('Dests'), target.context.register(dests));
    }
    copyOutline(source, target, pageKeys, (object) => {
      if (object instanceof PDFRef && this.#isElement(object) && !members.has(object.toString())) throw new Error('A bookmark points at a structure element of another part');
      return copier.copy(object);
    });
    return target;
  }

  /**
   * A parent tree entry (the elements of a page's marked content, or an annotation's element)
   * copied into `target`; elements of other parts, which own only content trimmed away from them
   * (see #trim), become null.
   */
  #copyParentEntry(entry: PDFObject, members: ReadonlySet<string>, target: PDFDocument, copier: PDFObjectCopier): PDFObject {
    const own = (object: PDFObject) => (object instanceof PDFRef && !members.has(object.toString()) ? PDFNull : copier.copy(object));
    if (this.#isElement(entry) || !(entry instanceof PDFRef || entry instanceof PDFArray)) return own(entry);
    const array = entry instanceof PDFRef ? this.#source.context.lookup(entry, PDFArray) : entry;
    const copied = target.context.obj(array.asArray().map(own));
    return entry instanceof PDFRef ? target.context.register(copied) : copied;
  }

  /** The page a named destination points at. */
  #destinationPage(value: PDFObject): string | undefined {
    const resolved = value instanceof PDFRef ? this.#source.context.lookup(value) : value;
    const array = resolved instanceof PDFDict ? resolved.lookupMaybe(PDFName.of('D'), PDFArray) : resolved;
    return array instanceof PDFArray ? array.get(0)?.toString() : undefined;
  }
}
