// The EPUB navigation document ("Inhalt"): the table of contents as a `doc-toc` nav, nested by
// letter, and a hidden landmarks nav (cover, title page, contents, preface, start of the
// glossary; no `index` landmark, since EPUBCheck 5 would then apply the EPUB Indexes rules to
// the navigation document). Written as XML.
import { labels } from '../german.ts';
import type { EpubContext } from './chapter.ts';
import type { OutlineItem } from './outline.ts';
import { epubWords } from './words.ts';
import { el, lines, xmlDocument, type Xml } from './xml.ts';

function list(items: readonly OutlineItem[]): Xml {
  return el('ol', {}, [lines(items.map((item) => el('li', {}, [lines([el('a', { href: item.href }, [item.label]), item.children.length > 0 && list(item.children)])])))]);
}

export function navDocument(context: EpubContext, outline: readonly OutlineItem[]): string {
  const { book, names } = context;
  const language = book.meta.language;
  const firstEntry = names.entry(book.entries[0]!.slug);
  const preface = book.pages.find((page) => page.slug === 'vorwort');
  const landmarks: Array<[string, string, string]> = [
    ['cover', names.cover, epubWords.cover],
    ['titlepage', names.titlePage, epubWords.titlePage],
    ['toc', `${names.nav}#inhalt`, labels.contents],
    ...(preface ? [['preface', names.page(preface.slug), preface.title] as [string, string, string]] : []),
    ['bodymatter', firstEntry, epubWords.glossaryAz],
  ];
  const html = el('html', { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: language, 'xml:lang': language }, [
    el('head', {}, [el('meta', { charset: 'UTF-8' }), el('title', {}, [labels.contents]), el('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' })]),
    el('body', { 'epub:type': 'frontmatter' }, [
      lines([
        el('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'inhalt', 'aria-labelledby': 'inhalt-titel' }, [el('h1', { id: 'inhalt-titel' }, [labels.contents]), list(outline)]),
        el('nav', { 'epub:type': 'landmarks', id: 'orientierung', hidden: 'hidden', 'aria-labelledby': 'orientierung-titel' }, [
          el('h2', { id: 'orientierung-titel' }, [epubWords.landmarks]),
          el('ol', {}, landmarks.map(([type, href, label]) => el('li', {}, [el('a', { 'epub:type': type, href }, [label])]))),
        ]),
      ]),
    ]),
  ]);
  return xmlDocument(html, '<!DOCTYPE html>');
}
