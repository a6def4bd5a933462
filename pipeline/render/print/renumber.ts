// Page numbers written into a print document that is already built. Between two layouts of the
// handbook only its numbers change: the texts of the contents' and cross-references' numbers,
// and the blank pages before parts. Building the document anew and swapping it into the tab cost
// more than the layout itself (at 500 entries 2.5 s against 1.2 s an iteration), and every
// replaced 40 MB document stayed in the renderer's memory. So each number records what it is the
// number of, and `renumber` rewrites them in place, in the tree and, as a list of edits, in the
// tab that shows it (pdf/renumber-shown.ts).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { select } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { printLabels } from './print-labels.ts';
import type { PrintNumbers } from './print-numbers.ts';
import type { PrintStructure } from './print-structure.ts';
import { blankPage } from './title-pages.ts';

/** What a printed page number is the number of: `target`'s page, else `fallback`'s, else not known yet. */
interface NumberOf {
  target: string;
  fallback?: string;
  /** `(S. 12)` after a link, or the bare number (contents). */
  reference: boolean;
}

declare module 'hast' {
  interface ElementData {
    numberOf?: NumberOf;
  }
}

/** The classes of every element that holds a page number; no other element has them. */
export const numberClasses = ['toc-page', 'page-ref'] as const;

function labelOf(numbers: PrintNumbers, { target, fallback, reference }: NumberOf): string {
  const label = numbers.labels.get(target) ?? (fallback && numbers.labels.get(fallback)) ?? numbers.placeholder;
  // No space character inside: a narrow no-break space, as German typesetting has it.
  return reference ? `(${printLabels.page}\u202F${label})` : label;
}

/** A page number: of `target`, or before `target` has one, of `fallback`. */
export function pageNumber(className: (typeof numberClasses)[number], numbers: PrintNumbers, target: string, fallback?: string): Element {
  const numberOf: NumberOf = { target, ...(fallback && { fallback }), reference: className === 'page-ref' };
  const node = h('span', { className: [className] }, labelOf(numbers, numberOf));
  node.data = { numberOf };
  return node;
}

/** The edits `renumber` made, for the tab that shows the document: in document order. */
export interface Renumbering {
  /** The text of every page number, in document order (those with the classes `numberClasses`). */
  labels: string[];
  /** Per part (by its heading's id): whether a blank page precedes it. */
  blankBefore: Array<[part: string, blank: boolean]>;
  /**
   * Whether the edits may move anything: false when no blank page came or went and every number
   * kept its width, its digits changed but not their count. Page numbers are set in tabular
   * figures (the fonts' default, and templates/print.css asks for them), all digits equally wide,
   * so every line and page then breaks where it did, and a layout of the document before the
   * edits is one of it after them (tests/print/renumber.test.ts measures the digits).
   */
  movesLayout: boolean;
}

/** A label with every digit the same: two labels are as wide as each other when these are equal. */
const widthOf = (label: string) => label.replace(/[0-9]/g, '0');

interface Slots {
  numbers: Element[];
  /** The section of each part, a child of `body`. */
  parts: Map<string, Element>;
  body: Element;
}

const slotsOf = new WeakMap<Root, Slots>();

function findSlots(tree: Root, structure: PrintStructure): Slots {
  const cached = slotsOf.get(tree);
  if (cached) return cached;
  const partIds = new Set(structure.parts.filter((part) => !part.appended).map((part) => part.id));
  const body = select('body', tree);
  if (!body) throw new Error('The print document has no body');
  const slots: Slots = { numbers: [], parts: new Map(), body };
  for (const child of body.children) {
    visit(child, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && numberClasses.some((name) => classes.includes(name))) {
        if (!node.data?.numberOf) throw new Error(`A page number (${classes.join(' ')}) does not say what it is the number of`);
        slots.numbers.push(node);
      }
      if (typeof node.properties.id === 'string' && partIds.has(node.properties.id)) slots.parts.set(node.properties.id, child as Element);
    });
  }
  if (slots.parts.size !== partIds.size) throw new Error('Not every part of the print document is a section of its own');
  slotsOf.set(tree, slots);
  return slots;
}

function isBlankPage(node: ElementContent | undefined): boolean {
  const classes = node?.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(classes) && classes.includes('blank-page');
}

/** Writes `numbers` into `tree` (a print document's) in place; returns the edits for its tab. */
export function renumber(tree: Root, structure: PrintStructure, numbers: PrintNumbers): Renumbering {
  const slots = findSlots(tree, structure);
  let movesLayout = false;
  const labels = slots.numbers.map((node) => {
    const label = labelOf(numbers, node.data!.numberOf!);
    const [shown] = node.children;
    if (shown?.type !== 'text' || node.children.length !== 1 || widthOf(shown.value) !== widthOf(label)) movesLayout = true;
    node.children = [{ type: 'text', value: label }];
    return label;
  });
  const blankBefore = [...slots.parts].map(([id, section]): [string, boolean] => {
    const children = slots.body.children;
    const index = children.indexOf(section);
    const blank = numbers.blankBefore.has(id);
    if (isBlankPage(children[index - 1]) !== blank) {
      movesLayout = true;
      if (blank) children.splice(index, 0, blankPage());
      else children.splice(index - 1, 1);
    }
    return [id, blank];
  });
  return { labels, blankBefore, movesLayout };
}
