import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import rehypeHyphenate, { hyphenateText, hyphenateWord, softHyphen } from '../../pipeline/render/print/rehype-hyphenate.ts';

const shown = (text: string) => text.replaceAll(softHyphen, '·');

describe('German hyphenation through soft hyphens', () => {
  it('breaks long compounds at syllables', () => {
    expect(shown(hyphenateWord('Kooperationsvereinbarung'))).toBe('Ko·ope·ra·ti·ons·ver·ein·ba·rung');
    expect(shown(hyphenateWord('Bildungslandschaften'))).toBe('Bil·dungs·land·schaf·ten');
    expect(shown(hyphenateWord('Ästhetisches'))).toBe('Äs·the·ti·sches');
  });

  it('keeps at least two letters before and three after a break', () => {
    expect(shown(hyphenateWord('Lernen'))).toBe('Ler·nen');
    expect(shown(hyphenateWord('Garten'))).toBe('Gar·ten');
    expect(shown(hyphenateWord('Ideen'))).toBe('Ideen');
  });

  it('leaves words the editors hyphenated themselves alone', () => {
    expect(hyphenateWord(`Kultur${softHyphen}schule`)).toBe(`Kultur${softHyphen}schule`);
  });

  it('can leave words below a length whole', () => {
    expect(shown(hyphenateText('Regionale Kooperationsvereinbarungsverfahren', { minWord: 24 }))).toBe('Regionale Ko·ope·ra·ti·ons·ver·ein·ba·rungs·ver·fah·ren');
  });

  it('does not touch URLs and e-mail addresses in running text', () => {
    expect(shown(hyphenateText('Siehe https://www.bkj.de/kulturelle-schulentwicklung oder redaktion@bkj.de zur Zusammenarbeit'))).toBe(
      'Siehe https://www.bkj.de/kulturelle-schulentwicklung oder redaktion@bkj.de zur Zu·sam·men·ar·beit',
    );
  });

  it('hyphenates running text but not headings, code or external link texts', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', 'Kooperationsvereinbarung'),
        h('p', ['Die Kooperationsvereinbarung ', h('a', { href: 'https://example.org' }, 'Projektbeschreibung'), ' ', h('a', { href: '#x' }, 'Netzwerkarbeit'), ' ', h('code', 'Variablenname')]),
        h('p', { className: ['no-hyphens'] }, 'Bildungsnetzwerke'),
      ],
    };
    rehypeHyphenate()(tree);
    const [heading, paragraph, marked] = tree.children as ReturnType<typeof h>[];
    expect(shown(JSON.stringify(heading))).not.toContain('·');
    const texts = paragraph!.children.map((child) => shown(child.type === 'text' ? child.value : JSON.stringify(child)));
    expect(texts[0]).toBe('Die Ko·ope·ra·ti·ons·ver·ein·ba·rung ');
    expect(texts[1]).toContain('"Projektbeschreibung"');
    expect(texts[3]).toContain('Netz·werk·ar·beit');
    expect(texts[5]).toContain('"Variablenname"');
    expect(shown(JSON.stringify(marked))).not.toContain('·');
  });
});
