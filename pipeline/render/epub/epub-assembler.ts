// epub-gen-memory, made to serve a reproducible, offline build. Only its chapter pass is kept
// (HTML parsed and written back as XHTML, images collected); files() writes the container
// itself, so what would make two builds differ, reach the network or cost time is left out:
// - images come from bytes the renderer read or is still rendering (`images`, by URL); nothing
//   is ever fetched, whatever the URL, so no remote URL can be loaded even by mistake;
// - images get stable names instead of random uuids;
// - the package, navigation and NCX documents are the renderer's own, and chapters are written
//   by chapterXhtml, not by EJS (which compiled its template again for every chapter), into a
//   list of files for deterministic-zip.ts instead of a JSZip to be read back.
// A named import: Node and vitest disagree on what the default import of this CommonJS
// package is (module.exports or its `default`), but both find the named export.
import { EPub, type Options } from 'epub-gen-memory';
import { chapterXhtml, type GlossarChapter } from './chapter.ts';
import type { ZipInput } from './deterministic-zip.ts';
import { nameAllocator } from './unique-names.ts';

/** What OCF requires verbatim, as epub-gen-memory writes it. */
const containerXml =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

const utf8 = (text: string) => new TextEncoder().encode(text);

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

export class EpubAssembler extends EPub {
  readonly #images: ReadonlyMap<string, Uint8Array | Promise<Uint8Array>>;
  readonly #bodyTypes: string[];
  #templates: Templates | undefined;

  constructor(options: Options, chapters: GlossarChapter[], images: ReadonlyMap<string, Uint8Array | Promise<Uint8Array>>) {
    super(options, chapters);
    this.#images = images;
    this.#bodyTypes = chapters.map((chapter) => chapter.bodyType);
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
    this.#templates = templates;
  }

  /**
   * The files of the EPUB (without folder entries). Images are returned as given, so one still
   * being rendered does not hold up the rest.
   */
  files(): ZipInput[] {
    if (!this.#templates) throw new Error('epub: setTemplates() must come before files()');
    const { lang, css } = this.options;
    const files: ZipInput[] = [
      ['mimetype', utf8('application/epub+zip')],
      ['META-INF/container.xml', utf8(containerXml)],
      ['OEBPS/style.css', utf8(css)],
      ...this.content.map((chapter, index): ZipInput => [
        `OEBPS/${chapter.filename}`,
        utf8(chapterXhtml({ title: chapter.title, bodyType: this.#bodyTypes[index]!, content: chapter.content }, lang)),
      ]),
      ['OEBPS/content.opf', utf8(this.#templates.contentOPF)],
      ['OEBPS/toc.ncx', utf8(this.#templates.tocNCX)],
      ['OEBPS/toc.xhtml', utf8(this.#templates.tocXHTML)],
    ];
    for (const image of this.imageItems()) {
      const data = this.#images.get(image.url);
      if (!data) throw new Error(`epub: no embedded image for \`${image.url}\`; only content images can be used`);
      files.push([`OEBPS/${image.href}`, data]);
    }
    return files;
  }

  /** Never used by files(); overridden so that even render() could not fetch anything. */
  protected override async downloadAllImages(): Promise<void> {}

  protected override async downloadAllFonts(): Promise<void> {}

  protected override async makeCover(): Promise<void> {}
}
