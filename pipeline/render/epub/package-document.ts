// The package document (content.opf): metadata from book.yaml in German (`dc:language`,
// `xml:lang`), `dcterms:modified` from the build date, the accessibility metadata, the
// manifest and the reading order. Written whole here; epub-gen-memory's template hard-coded
// English, a random uuid and the current time.
import type { BookMeta } from '../../model.ts';
import { isoSeconds } from '../build-date.ts';
import { el, lines, xmlDocument } from './xml.ts';

export interface ManifestItem {
  href: string;
  mediaType: string;
  properties?: string;
}

export interface PackageInput {
  meta: BookMeta;
  modified: Date;
  /** XHTML documents in reading order (the navigation document among them). */
  spine: readonly ManifestItem[];
  /** Everything else: stylesheet, NCX, images. */
  resources: readonly ManifestItem[];
  accessibility: ReadonlyArray<readonly [string, string]>;
}

/** A manifest id from a file name: an XML name, unique as long as the file names are. */
export function itemId(href: string): string {
  return `i-${href.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function packageDocument(input: PackageInput): string {
  const { meta } = input;
  const cover = input.resources.find((item) => item.properties === 'cover-image');
  const ncx = input.resources.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  const metadata = el('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    lines([
      el('dc:identifier', { id: 'pub-id' }, [meta.identifier]),
      el('dc:title', { id: 'titel' }, [meta.title]),
      el('meta', { refines: '#titel', property: 'title-type' }, ['main']),
      meta.subtitle && el('dc:title', { id: 'untertitel' }, [meta.subtitle]),
      meta.subtitle && el('meta', { refines: '#untertitel', property: 'title-type' }, ['subtitle']),
      el('dc:creator', { id: 'herausgeber' }, [meta.publisher]),
      el('dc:publisher', {}, [meta.publisher]),
      el('dc:description', {}, [meta.description]),
      el('dc:language', {}, [meta.language]),
      el('dc:date', {}, [meta.edition]),
      meta.rights && el('dc:rights', {}, [meta.rights]),
      ...meta.keywords.map((keyword) => el('dc:subject', {}, [keyword])),
      el('meta', { property: 'dcterms:modified' }, [isoSeconds(input.modified)]),
      cover && el('meta', { name: 'cover', content: itemId(cover.href) }),
      ...input.accessibility.map(([property, value]) => el('meta', { property }, [value])),
    ]),
  ]);
  const manifest = el('manifest', {}, [
    lines([...input.spine, ...input.resources].map((item) => el('item', { id: itemId(item.href), href: item.href, 'media-type': item.mediaType, properties: item.properties }))),
  ]);
  const spine = el('spine', { toc: ncx && itemId(ncx.href) }, [lines(input.spine.map((item) => el('itemref', { idref: itemId(item.href) })))]);
  const pkg = el('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': meta.language }, [lines([metadata, manifest, spine])]);
  return xmlDocument(pkg);
}
