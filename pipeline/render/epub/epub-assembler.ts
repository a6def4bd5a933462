// The files of the EPUB container: the OCF records, the stylesheet, one XHTML file per chapter,
// the package, navigation and NCX documents, and the images the chapters show, as a list for
// deterministic-zip.ts. Images come from bytes the renderer read or is still rendering; nothing
// is ever fetched, whatever the URL.
//
// This replaced epub-gen-memory, the stack's choice for the EPUB. Over earlier sessions every
// part of its output had been replaced for reproducibility, language and stability (random
// uuids and times, a hard-coded "en", an htmlparser2 pass over every chapter in which Node 20
// crashed now and then, EJS templates compiled per chapter, JSZip), until it only checked the
// options and chapters this renderer makes itself. Yet loading it (jszip, ow, htmlparser2,
// css-select, ejs, mime: 0.8 MB of the e-book's 0.9 MB of code) cost ~55 ms of a 300 ms
// EPUB build of 26 entries. The reason is on issue #5.
import { chapterXhtml, type GlossarChapter } from './chapter.ts';
import type { ZipInput } from './deterministic-zip.ts';
import type { EpubImages } from './epub-images.ts';
import { navFileName } from './file-names.ts';

/** What OCF requires verbatim. */
const containerXml =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A chapter's file inside OEBPS/: what file-names.ts plans, never anything a reader could trip on. */
const chapterFileName = /^[-._A-Za-z0-9]+\.xhtml$/;

export interface EmbeddedImage {
  /** The URL the content uses, the key of its bytes. */
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

export interface AssemblyOptions {
  /** The book's language, for every chapter's `lang` and `xml:lang`. */
  lang: string;
  css: string;
}

export class EpubAssembler {
  readonly #options: AssemblyOptions;
  readonly #chapters: readonly GlossarChapter[];
  readonly #images: EpubImages;

  /** `chapters` hold XHTML bodies whose images `images` has named (see toChapter). */
  constructor(options: AssemblyOptions, chapters: readonly GlossarChapter[], images: EpubImages) {
    const files = new Set<string>();
    for (const chapter of chapters) {
      // Names come from file-names.ts; one outside this pattern or twice would be a bug there.
      if (!chapterFileName.test(chapter.filename)) throw new Error(`epub: chapter file name \`${chapter.filename}\` is not a plain .xhtml name`);
      if (files.has(chapter.filename)) throw new Error(`epub: two chapters are both called \`${chapter.filename}\``);
      files.add(chapter.filename);
    }
    this.#options = options;
    this.#chapters = chapters;
    this.#images = images;
  }

  imageItems(): EmbeddedImage[] {
    return this.#images.records().map((image) => ({ url: image.url, href: this.#images.href(image.url), mediaType: image.mediaType }));
  }

  /**
   * The files of the EPUB (without folder entries), with the package, navigation and NCX
   * documents made for them. Images are returned as given, so one still being rendered does not
   * hold up the rest.
   */
  files(templates: Templates): ZipInput[] {
    const { lang, css } = this.#options;
    const files: ZipInput[] = [
      ['mimetype', utf8('application/epub+zip')],
      ['META-INF/container.xml', utf8(containerXml)],
      ['OEBPS/style.css', utf8(css)],
      ...this.#chapters.map((chapter): ZipInput => [`OEBPS/${chapter.filename}`, utf8(chapterXhtml(chapter, lang))]),
      ['OEBPS/content.opf', utf8(templates.contentOPF)],
      ['OEBPS/toc.ncx', utf8(templates.tocNCX)],
      [`OEBPS/${navFileName}`, utf8(templates.tocXHTML)],
    ];
    for (const image of this.imageItems()) {
      const data = this.#images.data(image.url);
      if (!data) throw new Error(`epub: no embedded image for \`${image.url}\`; only content images can be used`);
      files.push([`OEBPS/${image.href}`, data]);
    }
    return files;
  }
}
