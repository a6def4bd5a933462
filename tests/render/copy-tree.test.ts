// copyTree gives renderers a tree of their own to change: equal to the original, sharing nothing
// a renderer may change (nodes, properties, arrays in them, data).
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { copyTree } from '../../pipeline/render/copy-tree.ts';

describe('copyTree', () => {
  it('copies every node, property list and data, and keeps positions', () => {
    const link = h('a', { href: '#x', className: ['xref', 'intern'], dataEntry: 'inklusion' }, 'Inklusion');
    link.data = { numberOf: { target: 'x', reference: true } };
    const template = h('template', []);
    template.content = { type: 'root', children: [h('p', 'im Template')] };
    const original: Root = { type: 'root', children: [h('p', [link, { type: 'text', value: ' und ' }, { type: 'comment', value: 'c' }]), template] };
    original.children[0]!.position = { start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 30, offset: 39 } };
    const copy = copyTree(original);
    expect(copy).toEqual(original);

    const copiedLink = (copy.children[0] as Element).children[0] as Element;
    copiedLink.properties.href = '#y';
    (copiedLink.properties.className as string[]).push('neu');
    copiedLink.data!.numberOf = undefined;
    (copiedLink.children[0] as { value: string }).value = 'anders';
    ((copy.children[1] as Element).content!.children[0] as Element).tagName = 'div';
    expect(link.properties).toEqual({ href: '#x', className: ['xref', 'intern'], dataEntry: 'inklusion' });
    expect(link.data.numberOf).toEqual({ target: 'x', reference: true });
    expect(link.children[0]).toEqual({ type: 'text', value: 'Inklusion' });
    expect((template.content.children[0] as Element).tagName).toBe('p');
    expect(copy.children[0]!.position).toBe(original.children[0]!.position);
  });
});
