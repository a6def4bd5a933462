// rehype plugin, run just before sanitizing: tells the editor which raw HTML is about to be
// removed (scripts, frames, styles, event handlers, `javascript:` links …), with its place.
// Sanitizing alone would drop it silently and leave the editor wondering where it went.
import type { Element, Root } from 'hast';
import type { Options as Schema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportWarning } from '../messages.ts';

export interface Options {
  schema: Schema;
}

const urlProperties = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'data'];

export default function rehypeUnsafeHtmlWarnings(options: Options) {
  const allowedTags = new Set(options.schema.tagNames ?? []);
  return function transformer(tree: Root, file: VFile) {
    visit(tree, 'element', (node: Element) => {
      const name = node.tagName;
      if (!allowedTags.has(name)) {
        reportWarning(file, `Raw HTML \`<${name}>\` is not allowed in content and is removed`, node.position, 'unsafe-html');
        return;
      }
      for (const [property, value] of Object.entries(node.properties)) {
        if (/^on[A-Z]/.test(property)) {
          reportWarning(file, `Event handler \`${property.toLowerCase()}\` on \`<${name}>\` is removed: content never runs scripts`, node.position, 'unsafe-html');
        } else if (property === 'style') {
          reportWarning(file, `\`style\` attribute on \`<${name}>\` is removed: styling belongs in the templates`, node.position, 'unsafe-html');
        } else if (urlProperties.includes(property) && typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) {
          reportWarning(file, `URL \`${value.slice(0, 40)}\` on \`<${name}>\` is removed: only web, mail and content links are allowed`, node.position, 'unsafe-html');
        }
      }
    });
  };
}
