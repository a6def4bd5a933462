// The e-book: `<out>/epub/<base>.epub`, an EPUB 3 built from the same book model as the other
// outputs. Cover (rendered by Chromium), title page with imprint, "Inhalt", front pages, one
// `<slug>.xhtml` per term, news, register; written as XHTML from the book's hast, assembled
// (epub-assembler.ts), packed reproducibly, written atomically.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../../errors.ts';
import { nextTurn, pacedMap } from '../../event-loop.ts';
import type { Book } from '../../model.ts';
import { writeFileAtomic } from '../../output/atomic.ts';
import { readTemplate } from '../../templates.ts';
import { buildDate } from '../build-date.ts';
import type { Renderer } from '../context.ts';
import { openCover } from '../cover/render-cover.ts';
import { assetFileName, idsOf } from '../link-targets.ts';
import { accessibilityFacts, accessibilityMetadata } from './accessibility.ts';
import { toChapter, type EpubContext, type EpubDocument } from './chapter.ts';
import { deterministicZip } from './deterministic-zip.ts';
import { entryDocument } from './entry-document.ts';
import { EpubAssembler } from './epub-assembler.ts';
import { EpubImages, type ImageData } from './epub-images.ts';
import { assetUrl, epubUrls } from './epub-urls.ts';
import { planFileNames } from './file-names.ts';
import { coverDocument, pageDocument, titlePageDocument } from './front-matter.ts';
import { navDocument } from './nav-document.ts';
import { ncxDocument } from './ncx.ts';
import { newsDocument } from './news-document.ts';
import { bookOutline } from './outline.ts';
import { packageDocument, type ManifestItem } from './package-document.ts';
import { registerDocument } from './register-document.ts';

/** The key under which the cover PNG is embedded (never fetched; see epub-assembler.ts). */
const coverUrl = 'glossar-cover:umschlag.png';

const xhtml = 'application/xhtml+xml';

export const renderEpub: Renderer = async (book, context) => {
  if (!context.browser) throw new EnvironmentError('The EPUB needs Chromium to draw its cover, but no browser was started.');
  const { warn } = context;
  // Chromium draws the cover in its own processes while Node assembles the rest; the PNG is
  // awaited only when the container is packed. Until then a failure must not go unhandled.
  const openingCover = openCover(context.browser, book.meta);
  const cover = openingCover.then((opened) => opened.capture());
  cover.catch(() => {});
  const modified = buildDate(book.meta);
  const names = planFileNames(book);
  const anchors = new Map(book.entries.map((entry) => [entry.slug, idsOf(entry.hast)]));
  const epub: EpubContext = { book, names, urls: epubUrls({ names, anchors, warn }) };

  const before: EpubDocument[] = [coverDocument(epub, coverUrl), titlePageDocument(epub)];
  const after: EpubDocument[] = [
    ...book.pages.map((page) => pageDocument(page, epub)),
    ...(await pacedMap(book.entries, (entry) => entryDocument(entry, epub))),
    ...(book.news.length > 0 ? [newsDocument(epub)] : []),
    registerDocument(epub),
  ];
  const imageData = new Map<string, ImageData>([[coverUrl, cover]]);
  for (const asset of book.assets) imageData.set(assetUrl(asset), await readFile(asset));
  const images = new EpubImages(imageData, (url) => (url === coverUrl ? 'umschlag' : assetFileName(fileURLToPath(url)).replace(/\.[^.]+$/, '')));
  const chapters = await pacedMap([...before, ...after], (document) => toChapter(document, { warn, images }));
  // From here to the zip the assembly runs without a break, holding up Chromium's round trips;
  // the cover's capture, its slowest part, gets under way first.
  await openingCover;
  await nextTurn();
  const assembler = new EpubAssembler({ lang: book.meta.language, css: readTemplate('epub.css') }, chapters, images);

  const outline = bookOutline(epub);
  const item = (document: EpubDocument): ManifestItem => ({ href: document.file, mediaType: xhtml });
  const templates = {
    contentOPF: packageDocument({
      meta: book.meta,
      modified,
      spine: [...before.map(item), { href: names.nav, mediaType: xhtml, properties: 'nav' }, ...after.map(item)],
      resources: [
        { href: 'style.css', mediaType: 'text/css' },
        { href: 'toc.ncx', mediaType: 'application/x-dtbncx+xml' },
        ...assembler.imageItems().map((image) => ({ href: image.href, mediaType: image.mediaType, ...(image.url === coverUrl && { properties: 'cover-image' }) })),
      ],
      accessibility: accessibilityMetadata(accessibilityFacts(book)),
    }),
    tocXHTML: navDocument(epub, outline),
    tocNCX: ncxDocument(book.meta, outline),
  };

  const target = join(context.config.outDir, 'epub', `${book.meta.output}.epub`);
  await writeFileAtomic(target, await deterministicZip(assembler.files(templates), modified));
  return [target];
};
