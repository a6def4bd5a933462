// Hyphenates a list of body nodes in place (see rehype-hyphenate.ts) and returns it.
import type { ElementContent } from 'hast';
import rehypeHyphenate from './rehype-hyphenate.ts';

const transform = rehypeHyphenate();

export function hyphenated(nodes: ElementContent[]): ElementContent[] {
  transform({ type: 'root', children: nodes });
  return nodes;
}
