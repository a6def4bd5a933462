// remark plugin: resolves wiki links and relative `*.md` links to glossary entries. A resolved
// link keeps its target abstract (`data-entry`, `data-fragment`); each renderer makes the URL.
import { dirname, relative, resolve, sep } from 'node:path';
import type { Link, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { reportError, reportWarning } from '../messages.ts';
import { slugify } from '../slug.ts';
import type { EntryIndex, Lookup } from './entry-index.ts';

export interface Options {
  index: EntryIndex;
  /** Absolute path of the content folder: no link may leave it. */
  contentDir: string;
  /** Slug of the entry being transformed, for `#fragment` links and self-links. */
  selfSlug?: string;
}

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

export default function remarkEntryLinks(options: Options) {
  return function transformer(tree: Root, file: VFile) {
    const filePath = String(file.data.absolutePath ?? file.path);
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined) return;
      const target = linkTarget(node, filePath, options, file);
      if (target === 'external') return;
      if (target === 'unwrap') {
        parent.children.splice(index, 1, ...(node.children as PhrasingContent[]));
        return [SKIP, index];
      }
      node.url = `#${target.slug}`;
      node.data = { ...node.data, hProperties: { dataEntry: target.slug, ...(target.fragment && { dataFragment: target.fragment }) } };
      if (target.slug === options.selfSlug && !target.fragment) {
        reportWarning(file, 'Entry links to itself; the link is kept but readers gain nothing from it', node.position, 'self-link');
      }
    });
  };
}

type Target = 'external' | 'unwrap' | { slug: string; fragment?: string };

function linkTarget(node: Link, filePath: string, options: Options, file: VFile): Target {
  if (node.data?.wikiTarget !== undefined) {
    const [name, fragment] = splitFragment(node.data.wikiTarget);
    return fromLookup(options.index.byName(name), fragment, node, file);
  }
  const url = node.url;
  if (url === '' || hasScheme.test(url) || url.startsWith('//')) return 'external';
  if (url.startsWith('#')) {
    return options.selfSlug ? { slug: options.selfSlug, fragment: decode(url.slice(1)) } : 'external';
  }
  const [path, fragment] = splitFragment(decode(url));
  const absolute = resolve(dirname(filePath), path);
  const inside = relative(options.contentDir, absolute);
  if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') {
    reportError(file, `Link \`${url}\` points outside the content folder; only links to glossary entries are allowed`, node.position, 'link-outside-content');
    return 'unwrap';
  }
  if (!/\.md$/i.test(path)) {
    reportWarning(file, `Relative link \`${url}\` is not a glossary entry (\`name.md\`); it is shown as plain text`, node.position, 'unsupported-link');
    return 'unwrap';
  }
  if (!inside.startsWith(`glossar${sep}`)) {
    reportError(file, `Link \`${url}\` must point to a glossary entry in \`glossar/\``, node.position, 'missing-link-target');
    return 'unwrap';
  }
  const slug = slugify(absolute.slice(absolute.lastIndexOf(sep) + 1).replace(/\.md$/i, ''));
  return fromLookup(options.index.bySlug(slug, path), fragment, node, file);
}

function fromLookup(lookup: Lookup, fragment: string | undefined, node: Link, file: VFile): Target {
  if ('slug' in lookup) return { slug: lookup.slug, ...(fragment && { fragment }) };
  if ('excluded' in lookup) {
    reportWarning(file, `Link to draft \`${lookup.excluded}\`, which this build leaves out (--no-drafts), is shown as plain text`, node.position, 'link-to-excluded-draft');
    return 'unwrap';
  }
  reportError(file, lookup.missing, node.position, 'missing-link-target');
  return 'unwrap';
}

function splitFragment(text: string): [string, string | undefined] {
  const hash = text.indexOf('#');
  return hash === -1 ? [text, undefined] : [text.slice(0, hash), text.slice(hash + 1) || undefined];
}

function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
