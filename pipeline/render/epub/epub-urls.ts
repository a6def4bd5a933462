// The EPUB's link targets: an entry is `<slug>.xhtml`, a fragment is kept only when the target
// document has that id (a link into a file without its fragment fails in real readers), and a
// content image is named by its file URL, the key under which the builder embeds its bytes.
import { pathToFileURL } from 'node:url';
import type { UrlScheme } from '../link-targets.ts';
import type { EpubFileNames } from './file-names.ts';

export interface EpubUrlOptions {
  names: EpubFileNames;
  /** The ids each entry's document will have, by slug. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  warn(text: string): void;
}

export function assetUrl(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}

export function epubUrls(options: EpubUrlOptions): UrlScheme {
  return {
    entry(slug, fragment) {
      const file = options.names.entry(slug);
      if (!fragment) return file;
      if (options.anchors.get(slug)?.has(fragment)) return `${file}#${fragment}`;
      options.warn(`epub: a link points to \`#${fragment}\` in \`${slug}\`, which has no such anchor; it links to the entry instead`);
      return file;
    },
    asset: assetUrl,
  };
}
