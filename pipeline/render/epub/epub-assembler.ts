// epub-gen-memory, made to serve a reproducible, offline build that does not crash. It is kept
// for what it checks (options, chapters, their file names) and for its options (the CSS, the
// language), but it never sees the chapters' content: its chapter pass parsed every chapter
// with htmlparser2, in whose V8-optimized tokenizer Node 20 segfaulted now and then (about 4
// in 60 builds of 500 entries), only to write back as XHTML what chapter.ts had just written
// from hast. So it gets the chapters empty, and then their XHTML and the images they show
// (named by epub-images.ts) in the records it would have made. files() writes the container
// itself, so what would make two builds differ, reach the network or cost time is left out:
// - images come from bytes the renderer read or is still rendering; nothing is ever fetched,
//   whatever the URL, so no remote URL can be loaded even by mistake;
// - the package, navigation and NCX documents are the renderer's own, and chapters are written
//   by chapterXhtml, not by EJS (which compiled its template again for every chapter), into a
//   list of files for deterministic-zip.ts instead of a JSZip to be read back.
// A named import: Node and vitest disagree on what the default import of this CommonJS
// package is (module.exports or its `default`), but both find the named export.
import { EPub, type Options } from 'epub-gen-memory';
import { chapterXhtml, type GlossarChapter } from './chapter.ts';
import type { ZipInput } from './deterministic-zip.ts';
import type { EpubImages } from './epub-images.ts';

/** What OCF requires verbatim, as epub-gen-memory writes it. */
const containerXml =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

const utf8 = (text: string) => new TextEncoder().encode(text);

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

export class EpubAssembler extends EPub {
  readonly #images: EpubImages;
  readonly #bodyTypes: string[];
  #templates: Templates | undefined;

  /** `chapters` hold XHTML bodies whose images `images` has named (see toChapter). */
  constructor(options: Options, chapters: GlossarChapter[], images: EpubImages) {
    // Empty, because epub-gen-memory parses whatever a chapter holds.
    super(options, chapters.map((chapter) => ({ ...chapter, content: '' })));
    this.#images = images;
    this.#bodyTypes = chapters.map((chapter) => chapter.bodyType);
    this.content.forEach((chapter, index) => {
      chapter.content = chapters[index]!.content;
    });
    this.images = images.records();
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
      const data = this.#images.data(image.url);
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
