// Parses an entry's YAML front matter from the mdast `yaml` node that remark-frontmatter keeps in
// the tree, and maps every key and value back to its place in the file.
import type { Root, Yaml } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { reportError } from '../messages.ts';

export type FrontMatterValue = string | number | boolean | null | FrontMatterValue[] | { [key: string]: FrontMatterValue };

export interface FrontMatterField {
  key: string;
  value: FrontMatterValue;
  keyPlace: Point;
  valuePlace: Point;
  /** Places of list items, when the value is a list. */
  itemPlaces: Point[];
}

export interface FrontMatter {
  fields: Map<string, FrontMatterField>;
  /** Where problems about the whole block (e.g. a missing key) are reported. */
  place: Point;
}

const startOfFile: Point = { line: 1, column: 1 };

/** Parses YAML that starts at `yamlOffset` in `file`; undefined when it is broken. */
export function parseYamlFields(file: VFile, yamlText: string, yamlOffset: number): Map<string, FrontMatterField> | undefined {
  const fileLocation = location(file);
  const pointAt = (offset: number): Point => fileLocation.toPoint(yamlOffset + offset) ?? startOfFile;
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true });
  for (const warning of document.warnings) {
    // Tabs and other oddities that yaml tolerates are still worth fixing.
    file.message(`YAML: ${firstLine(warning.message)}`, { place: pointAt(warning.pos[0]), ruleId: 'yaml-warning', source: 'glossar' }).fatal = false;
  }
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      reportError(file, `Front matter is not valid YAML: ${firstLine(error.message)}`, pointAt(error.pos[0]), 'yaml-syntax');
    }
    return undefined;
  }
  const fields = new Map<string, FrontMatterField>();
  const contents = document.contents;
  if (contents === null) return fields;
  if (!isMap(contents)) {
    reportError(file, 'Front matter must be a list of `key: value` lines', pointAt(rangeStart(contents)), 'yaml-not-a-map');
    return undefined;
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyPlace = pointAt(rangeStart(keyNode));
    fields.set(key, {
      key,
      value: (valueNode ? valueNode.toJSON() : null) as FrontMatterValue,
      keyPlace,
      valuePlace: valueNode ? pointAt(rangeStart(valueNode)) : keyPlace,
      itemPlaces: isSeq(valueNode) ? valueNode.items.map((item) => pointAt(rangeStart(item as YamlNode))) : [],
    });
  }
  return fields;
}

function rangeStart(node: YamlNode | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Returns the front matter, or undefined when it is missing or broken (messages say why). */
export function readFrontMatter(file: VFile, tree: Root): FrontMatter | undefined {
  const source = String(file.value);
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node || node.position?.start.offset === undefined) {
    if (/^---[ \t]*\r?\n/.test(source)) {
      reportError(file, 'Front matter starts with `---` but is never closed: add a line with `---` after the last key', startOfFile, 'front-matter-unclosed');
    } else if (source.trim() === '') {
      reportError(file, 'File is empty: it needs front matter with at least a `title`', startOfFile, 'empty-file');
    } else {
      reportError(file, 'Missing front matter: start the file with `---`, a line `title: …`, and `---`', startOfFile, 'front-matter-missing');
    }
    return undefined;
  }
  const yamlOffset = source.indexOf('\n', node.position.start.offset) + 1;
  const fields = parseYamlFields(file, node.value, yamlOffset);
  if (!fields) return undefined;
  return { fields, place: node.position.start };
}
