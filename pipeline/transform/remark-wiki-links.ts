// remark plugin: turns `[[Inklusion]]` and `[[Inklusion|inklusive Schule]]` in text into mdast
// `link` nodes whose `data.wikiTarget` names the target; remark-entry-links resolves them.
import type { Link, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

declare module 'mdast' {
  interface LinkData {
    /** The title or alias written in a wiki link, before it is resolved. */
    wikiTarget?: string;
  }
}

const wikiLink = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

export default function remarkWikiLinks() {
  return function transformer(tree: Root, file: VFile) {
    const source = String(file.value);
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[[')) return;
      const start = node.position?.start;
      // Offsets map one to one only when the text node is the source verbatim (no escapes).
      const verbatim = start?.offset !== undefined && source.slice(start.offset, node.position!.end.offset) === node.value;
      const pieces: Array<Text | Link> = [];
      let last = 0;
      for (const match of node.value.matchAll(wikiLink)) {
        const at = match.index;
        if (at > last) pieces.push({ type: 'text', value: node.value.slice(last, at) });
        const target = match[1]!.trim();
        const label = (match[2] ?? match[1]!).trim();
        const link: Link = { type: 'link', url: '', children: [{ type: 'text', value: label }], data: { wikiTarget: target } };
        if (start && verbatim) {
          link.position = { start: shift(start, node.value.slice(0, at)), end: shift(start, node.value.slice(0, at + match[0].length)) };
        } else if (node.position) {
          link.position = node.position;
        }
        pieces.push(link);
        last = at + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

function shift(start: { line: number; column: number; offset?: number }, before: string) {
  const lines = before.split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length === 1 ? start.column + before.length : lines.at(-1)!.length + 1;
  return { line, column, offset: (start.offset ?? 0) + before.length };
}
