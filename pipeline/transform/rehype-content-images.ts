// rehype plugin: checks every image of a document. Relative images must exist inside the content
// folder and be real images; they get `data-asset` (absolute path) for renderers to copy. Remote
// images are never fetched: a build must not depend on, or leak to, the network.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { reportError, reportWarning } from '../messages.ts';

export interface Options {
  contentDir: string;
}

const signatures: Array<[string, (head: Buffer) => boolean]> = [
  ['PNG', (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['JPEG', (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff],
  ['GIF', (head) => head.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['WebP', (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP'],
];

export function imageType(path: string): string | undefined {
  const head = Buffer.alloc(16);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, head, 0, 16, 0);
  } finally {
    closeSync(descriptor);
  }
  return signatures.find(([, matches]) => matches(head))?.[0];
}

function placeholder(node: Element, text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['image-placeholder'] }, children: [{ type: 'text', value: text }], ...(node.position && { position: node.position }) };
}

export default function rehypeContentImages(options: Options) {
  return function transformer(tree: Root, file: VFile) {
    const fileDir = dirname(String(file.data.absolutePath ?? file.path));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
      const replace = (text: string) => {
        parent.children[index] = placeholder(node, text);
        return SKIP;
      };
      if (/^(https?:)?\/\//i.test(src)) {
        reportWarning(file, `Remote image \`${src}\` is not fetched (builds never use the network); save it in the content folder and link it relatively`, node.position, 'remote-image');
        return replace(`[Bild: ${alt || src}]`);
      }
      if (src === '') {
        reportError(file, 'Image has no source', node.position, 'missing-image');
        return replace(`[Bild: ${alt}]`);
      }
      let path: string;
      try {
        path = resolve(fileDir, decodeURIComponent(src.split(/[?#]/)[0]!));
      } catch {
        path = resolve(fileDir, src);
      }
      const inside = relative(options.contentDir, path);
      if (inside.startsWith('..') || inside.startsWith(sep)) {
        reportError(file, `Image \`${src}\` is outside the content folder; copy it into the content folder`, node.position, 'image-outside-content');
        return replace(`[Bild: ${alt || src}]`);
      }
      let isFile = false;
      try {
        isFile = statSync(path).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) {
        reportError(file, `Cannot find image \`${src}\``, node.position, 'missing-image');
        return replace(`[Bild: ${alt || src}]`);
      }
      if (!imageType(path)) {
        reportError(file, `\`${src}\` is not an image (PNG, JPEG, GIF or WebP)`, node.position, 'not-an-image');
        return replace(`[Bild: ${alt || src}]`);
      }
      if (!alt) reportWarning(file, `Image \`${src}\` has no alternative text; describe it in \`![…](${src})\` for screen readers`, node.position, 'image-alt');
      node.properties.dataAsset = path;
    });
  };
}
