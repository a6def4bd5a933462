// The mention registry numbers every link between entries, and answers per entry and heading
// which numbers point there (print/mentions.ts); linkTargets lists the ids links point at.
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { linkTargets } from '../../pipeline/render/print/link-stubs.ts';
import { MentionRegistry } from '../../pipeline/render/print/mentions.ts';

describe('MentionRegistry', () => {
  it('numbers mentions in order, and finds them by entry and by heading', () => {
    const registry = new MentionRegistry();
    expect(registry.add('inklusion')).toBe(0);
    expect(registry.add('partizipation', 'partizipation--stufen')).toBe(1);
    expect(registry.add('inklusion')).toBe(2);
    expect(registry.add('partizipation')).toBe(3);
    expect(registry.add('partizipation', 'partizipation--beispiele')).toBe(4);
    expect(registry.add('partizipation', 'partizipation--stufen')).toBe(5);

    expect(registry.numbersFor('inklusion')).toEqual([0, 2]);
    expect(registry.numbersFor('partizipation')).toEqual([3]);
    expect(registry.numbersFor('partizipation', 'partizipation--stufen')).toEqual([1, 5]);
    expect(registry.numbersFor('partizipation', 'partizipation--fehlt')).toEqual([]);
    expect(registry.numbersFor('unbekannt')).toEqual([]);
    // Headings in the order they were first mentioned, each once; the entry itself is none.
    expect(registry.fragmentsOf('partizipation')).toEqual(['partizipation--stufen', 'partizipation--beispiele']);
    expect(registry.fragmentsOf('inklusion')).toEqual([]);
    expect(registry.slugs).toEqual(['inklusion', 'partizipation', 'inklusion', 'partizipation', 'partizipation', 'partizipation']);
    expect(registry.slugOf(4)).toBe('partizipation');
  });

  it('hands out copies: a caller that changes a list does not change the registry', () => {
    const registry = new MentionRegistry();
    registry.add('inklusion');
    registry.numbersFor('inklusion').push(7);
    expect(registry.numbersFor('inklusion')).toEqual([0]);
  });
});

describe('linkTargets', () => {
  it('lists the decoded ids of links within the document, and nothing else', () => {
    const tree = h('div', [
      h('a', { href: '#begriff-inklusion' }, 'Inklusion'),
      h('p', [h('a', { href: '#ziel-3' }, 'x'), h('a', { href: '#begriff-%C3%BCbergang' }, 'Übergang')]),
      h('a', { href: 'https://www.bkj.de/#top' }, 'extern'),
      h('a', { id: 'ohne-href' }),
      h('area', { href: '#keine-verknuepfung' }),
      h('a', { href: '#ziel-3' }, 'noch einmal'),
    ]);
    expect([...linkTargets(tree)]).toEqual(['begriff-inklusion', 'ziel-3', 'begriff-übergang']);
  });
});
