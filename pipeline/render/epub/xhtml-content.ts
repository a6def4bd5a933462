// Makes a document body fit for EPUB 3 XHTML: footnotes become e-book notes, obsolete
// elements their modern forms, table alignment a class; only attributes that XHTML and the
// checkers accept survive. Soft hyphens (U+00AD) are removed: they break search and
// text-to-speech, and readers hyphenate by themselves (`hyphens: auto`).
// Images must be ones the book embeds (content images, the cover); anything else, and WebP
// (not an EPUB 3.2 core media type), becomes a text placeholder with a warning. Embedded ones
// point at their file in the container and always have an alt text, empty if none was given
// (a decorative image): EPUB requires the attribute.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { EpubImages } from './epub-images.ts';
import { epubFootnotes } from './footnotes.ts';

export interface XhtmlOptions {
  warn(text: string): void;
  /** The images the book embeds; those used are named in the order they appear. */
  images: Pick<EpubImages, 'embeds' | 'href'>;
}

const keptProperties = new Set(['id', 'className', 'href', 'src', 'alt', 'title', 'lang', 'dir', 'role', 'colSpan', 'rowSpan', 'epub:type']);
const renamedTags: Record<string, string> = { tt: 'code', strike: 's', big: 'span', center: 'div', acronym: 'abbr', time: 'span' };
const softHyphen = /\u00AD/g;

function cleanElement(node: Element, options: XhtmlOptions): Element | ElementContent {
  node.tagName = renamedTags[node.tagName] ?? node.tagName;
  const { properties } = node;
  if (typeof properties.align === 'string' && properties.align) {
    const classes = Array.isArray(properties.className) ? properties.className : [];
    properties.className = [...classes, `align-${properties.align}`];
  }
  for (const key of Object.keys(properties)) {
    if (!keptProperties.has(key) && !/^aria[A-Z]/.test(key)) delete properties[key];
    else if (typeof properties[key] === 'string') properties[key] = properties[key].replace(softHyphen, '');
  }
  if (node.tagName === 'img') {
    const src = typeof properties.src === 'string' ? properties.src : '';
    const alt = typeof properties.alt === 'string' ? properties.alt : '';
    if (!options.images.embeds(src)) {
      options.warn(`epub: image \`${src.slice(0, 120)}\` is not a content image and is left out`);
      return h('span', { className: ['image-placeholder'] }, `[Bild: ${alt || src}]`);
    }
    if (/\.webp$/i.test(src)) {
      options.warn(`epub: WebP image \`${decodeURI(src.slice(src.lastIndexOf('/') + 1))}\` is not allowed in EPUB 3.2 and is left out; save it as PNG or JPEG`);
      return h('span', { className: ['image-placeholder'] }, `[Bild: ${alt || 'WebP'}]`);
    }
    properties.src = options.images.href(src);
    properties.alt ??= '';
  }
  return node;
}

export function epubXhtml(nodes: ElementContent[], options: XhtmlOptions): ElementContent[] {
  const root: Root = { type: 'root', children: nodes };
  epubFootnotes(root);
  visit(root, (node, index, parent) => {
    if (node.type === 'text') node.value = node.value.replace(softHyphen, '');
    else if ((node.type === 'comment' || node.type === 'raw' || node.type === 'doctype') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    } else if (node.type === 'element' && node.tagName === 'source' && parent && index !== undefined) {
      // A `<picture>` keeps its `<img>`; sources (srcset) are not embedded.
      parent.children.splice(index, 1);
      return [SKIP, index];
    } else if (node.type === 'element' && node.tagName === 'picture' && parent && index !== undefined) {
      // Its children are visited where they now are, not inside it as well: each is cleaned once.
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    } else if (node.type === 'element' && parent && index !== undefined) {
      const replacement = cleanElement(node, options);
      if (replacement !== node) {
        parent.children[index] = replacement as RootContent & ElementContent;
        return SKIP;
      }
    }
    return undefined;
  });
  return root.children as ElementContent[];
}
