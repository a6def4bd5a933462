// The images of the e-book. Only images whose bytes the renderer holds can appear (content
// images read from disk, the cover Chromium is drawing), so nothing is ever fetched, whatever
// the URL. Each is named when a chapter first shows it: the names follow the book's order and
// stay the same from build to build (epub-gen-memory gave random uuids).
import { nameAllocator } from './unique-names.ts';

export type ImageData = Uint8Array | Promise<Uint8Array>;

/** An image a chapter shows: the file is `images/<id>.<extension>`. */
export interface ImageRecord {
  /** The URL the content uses, the key of the image's bytes. */
  url: string;
  mediaType: string;
  id: string;
  extension: string;
}

/**
 * Media type and file extension by the URL's extension, as epub-gen-memory found them with
 * `mime`, for the formats content images can have (see rehype-content-images.ts); anything
 * else gets neither, as `mime` gave an unknown type.
 */
const formats: Record<string, readonly [mediaType: string, extension: string]> = {
  png: ['image/png', 'png'],
  jpg: ['image/jpeg', 'jpeg'],
  jpeg: ['image/jpeg', 'jpeg'],
  jpe: ['image/jpeg', 'jpeg'],
  gif: ['image/gif', 'gif'],
  webp: ['image/webp', 'webp'],
};

function imageFormat(url: string): readonly [mediaType: string, extension: string] {
  const extension = /\.([^./\\]+)$/.exec(url.replace(/\?.*/, ''))?.[1]?.toLowerCase();
  return (extension !== undefined && formats[extension]) || ['', ''];
}

export class EpubImages {
  readonly #data: ReadonlyMap<string, ImageData>;
  readonly #name: (url: string) => string;
  readonly #allocate = nameAllocator([]);
  readonly #used = new Map<string, ImageRecord>();

  /** `name(url)` is the file name an image would like (without extension); clashes get `-2` … */
  constructor(data: ReadonlyMap<string, ImageData>, name: (url: string) => string) {
    this.#data = data;
    this.#name = name;
  }

  embeds(url: string): boolean {
    return this.#data.has(url);
  }

  /** The image's path inside OEBPS/ (e.g. `images/umschlag.png`); the first call names it. */
  href(url: string): string {
    let image = this.#used.get(url);
    if (!image) {
      const [mediaType, extension] = imageFormat(url);
      image = { url, mediaType, id: this.#allocate(this.#name(url)), extension };
      this.#used.set(url, image);
    }
    return `images/${image.id}.${image.extension}`;
  }

  /** The images chapters show, in the order they first appear. */
  records(): ImageRecord[] {
    return [...this.#used.values()].map((image) => ({ ...image }));
  }

  data(url: string): ImageData | undefined {
    return this.#data.get(url);
  }
}
