// One XHTML document of the e-book as the renderer builds it (a hast body), the chapter it
// becomes (the body written as XHTML), and the file that chapter is. The body goes from hast to
// XHTML directly: written as HTML and parsed back (as epub-gen-memory did, with htmlparser2), it
// cost a second pass over every chapter, and Node 20 crashed now and then in htmlparser2's
// tokenizer once V8 had optimized it.
import type { ElementContent } from 'hast';
import type { Book } from '../../model.ts';
import type { UrlScheme } from '../link-targets.ts';
import type { EpubFileNames } from './file-names.ts';
import { copyTree } from '../copy-tree.ts';
import { epubXhtml, type XhtmlOptions } from './xhtml-content.ts';
import { chapterBody, escapeXml } from './xml.ts';

export interface EpubDocument {
  /** File name inside OEBPS/, e.g. `inklusion.xhtml`. */
  file: string;
  title: string;
  /** `epub:type` of the body: `frontmatter`, `bodymatter` or `backmatter`. */
  bodyType: 'frontmatter' | 'bodymatter' | 'backmatter';
  body: ElementContent[];
}

/** A document ready for the container: its file, title, and body as XHTML. */
export interface GlossarChapter {
  title: string;
  filename: string;
  /** The body as XHTML. */
  content: string;
  bodyType: string;
}

/** The XHTML file of one chapter: `lang` and `xml:lang` (epub-gen-memory's template hard-coded
 * "en"), the title, the stylesheet, and the body. */
export function chapterXhtml(chapter: Pick<GlossarChapter, 'title' | 'bodyType' | 'content'>, lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(chapter.title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="${escapeXml(chapter.bodyType)}">
${chapter.content}
</body>
</html>
`;
}

export function toChapter(document: EpubDocument, options: XhtmlOptions): GlossarChapter {
  const body = epubXhtml(document.body.map((node) => copyTree(node)), options);
  return {
    title: document.title.replace(/\u00AD/g, ''),
    filename: document.file,
    content: chapterBody(body),
    bodyType: document.bodyType,
  };
}


/** What the document builders read: the book, where each document lives, how links resolve. */
export interface EpubContext {
  book: Book;
  names: EpubFileNames;
  urls: UrlScheme;
}
