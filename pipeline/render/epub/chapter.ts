// One XHTML document of the e-book as the renderer builds it (a hast body), its shape for
// epub-gen-memory (the body already written as XHTML), and the file it finally becomes.
// The body goes from hast to XHTML directly: written as HTML and parsed back by
// epub-gen-memory (htmlparser2), it cost a second pass over every chapter, and Node 20
// crashed now and then in htmlparser2's tokenizer once V8 had optimized it.
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

/** A document as epub-gen-memory's `Chapter`, plus `bodyType` for our template. */
export interface GlossarChapter {
  title: string;
  filename: string;
  /** The body as XHTML (see epub-assembler.ts: epub-gen-memory never parses it). */
  content: string;
  bodyType: string;
  excludeFromToc: true;
  beforeToc: boolean;
}

/** The XHTML file of one chapter: `lang` and `xml:lang` (epub-gen-memory's own template
 * hard-codes "en"), the title, the stylesheet, and the body. */
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

export function toChapter(document: EpubDocument, options: XhtmlOptions & { beforeToc: boolean }): GlossarChapter {
  const body = epubXhtml(document.body.map((node) => copyTree(node)), options);
  return {
    title: document.title.replace(/\u00AD/g, ''),
    filename: document.file,
    content: chapterBody(body),
    bodyType: document.bodyType,
    excludeFromToc: true,
    beforeToc: options.beforeToc,
  };
}


/** What the document builders read: the book, where each document lives, how links resolve. */
export interface EpubContext {
  book: Book;
  names: EpubFileNames;
  urls: UrlScheme;
}
