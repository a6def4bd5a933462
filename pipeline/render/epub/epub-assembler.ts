// epub-gen-memory, made to serve a reproducible, offline build. Its chapter pass (HTML parsed
// and written back as XHTML, images collected) and its container are kept; what would make
// two builds differ or reach the network is replaced:
// - images come from bytes the renderer read or is still rendering (`images`, by URL); nothing
//   is ever fetched, whatever the URL, so no remote URL can be loaded even by mistake;
// - images get stable names instead of random uuids;
// - the package, navigation and NCX documents are the renderer's own, passed as templates
//   without EJS tags.
// The files it assembles are read back one by one and packed by deterministic-zip.ts.
// A named import: Node and vitest disagree on what the default import of this CommonJS
// package is (module.exports or its `default`), but both find the named export.
import { EPub, type Options } from 'epub-gen-memory';
import type { GlossarChapter } from './chapter.ts';
import type { ZipInput } from './deterministic-zip.ts';
import { nameAllocator } from './unique-names.ts';

export interface EmbeddedImage {
  /** The URL the chapters use, the key of `images`. */
  url: string;
  /** Path inside OEBPS/, e.g. `images/umschlag.png`. */
  href: string;
  mediaType: string;
}

export interface Templates {
  contentOPF: string;
  tocXHTML: string;
  tocNCX: string;
}

/** Text that EJS renders unchanged. */
function ejsLiteral(text: string): string {
  return text.replaceAll('<%', '<%%');
}

export class EpubAssembler extends EPub {
  readonly #images: ReadonlyMap<string, Uint8Array | Promise<Uint8Array>>;

  constructor(options: Options, chapters: GlossarChapter[], images: ReadonlyMap<string, Uint8Array | Promise<Uint8Array>>) {
    super(options, chapters);
    this.#images = images;
    for (const chapter of this.content) {
      chapter.content = chapter.content
        // Its XML writer spells every non-ASCII character as a reference (`&#xFC;`); the files
        // are UTF-8, so write the characters. (`&amp;`, `&lt;` … are named and stay.)
        .replace(/&#x([0-9a-f]+);/gi, (reference, hex: string) => (Number.parseInt(hex, 16) >= 0x80 ? String.fromCodePoint(Number.parseInt(hex, 16)) : reference))
        // It replaces an empty alt (a decorative image) with "image-placeholder".
        .replaceAll(' alt="image-placeholder"', ' alt=""');
    }
  }

  /** Renames every image from epub-gen-memory's random uuid to `name(url)` (made unique). */
  renameImages(name: (url: string) => string): void {
    const allocate = nameAllocator([]);
    for (const image of this.images) {
      const before = `"images/${image.id}.${image.extension}"`;
      image.id = allocate(name(image.url));
      const after = `"images/${image.id}.${image.extension}"`;
      for (const chapter of this.content) chapter.content = chapter.content.replaceAll(before, after);
    }
  }

  imageItems(): EmbeddedImage[] {
    return this.images.map((image) => ({ url: image.url, href: `images/${image.id}.${image.extension}`, mediaType: image.mediaType ?? '' }));
  }

  setTemplates(templates: Templates): void {
    this.options.contentOPF = ejsLiteral(templates.contentOPF);
    this.options.tocXHTML = ejsLiteral(templates.tocXHTML);
    this.options.tocNCX = ejsLiteral(templates.tocNCX);
  }

  /**
   * Renders everything and returns the files of the EPUB (without folder entries). Images are
   * returned as given, so one still being rendered does not hold up the rest.
   */
  async files(): Promise<ZipInput[]> {
    await this.render();
    const files: ZipInput[] = [];
    for (const [path, file] of Object.entries(this.zip.files)) {
      if (!file.dir) files.push([path, await file.async('uint8array')]);
    }
    for (const image of this.imageItems()) files.push([`OEBPS/${image.href}`, this.#images.get(image.url)!]);
    return files;
  }

  /** Only checks that every image has bytes; files() adds them. */
  protected override async downloadAllImages(): Promise<void> {
    for (const image of this.images) {
      if (!this.#images.has(image.url)) throw new Error(`epub: no embedded image for \`${image.url}\`; only content images can be used`);
    }
  }

  /** No web fonts: the e-book uses the reader's fonts. */
  protected override async downloadAllFonts(): Promise<void> {}

  /** The cover is an image of the cover document, not epub-gen-memory's `cover` option. */
  protected override async makeCover(): Promise<void> {}
}
