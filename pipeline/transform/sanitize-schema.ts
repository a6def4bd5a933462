// What raw HTML in content may keep. GitHub's schema (rehype-sanitize's default) minus anything
// that could run, load or restyle: no script, style, iframe, object, embed, form, meta or link
// elements, no event handlers or style attributes, and URLs only with safe protocols.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const removedWithContent = ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'title', 'textarea', 'select', 'svg', 'math'];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Our own ids (headings, footnotes) must stay as they are: no output runs scripts, so DOM
  // clobbering is no threat, and renderers prefix ids where documents are merged.
  clobber: [],
  clobberPrefix: '',
  strip: removedWithContent,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !removedWithContent.includes(tag) && tag !== 'input'),
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'dataEntry', 'dataFragment'],
    // Footnote references carry these; tables keep their alignment.
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'style')],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};
