import { describe, expect, it } from 'vitest';
import { compareGerman, letterOf } from '../pipeline/collation.ts';

describe('German collation', () => {
  it('sorts Ä with A and ignores case, as a German dictionary does', () => {
    const titles = ['Außerschulische Jugendarbeit', 'Ästhetisches Lernen', 'Anerkennungskultur', 'Zukunft', 'inklusion'];
    expect([...titles].sort(compareGerman)).toEqual(['Anerkennungskultur', 'Ästhetisches Lernen', 'Außerschulische Jugendarbeit', 'inklusion', 'Zukunft']);
  });

  it('files terms under their base letter, and anything else under #', () => {
    expect(letterOf('Ästhetisches Lernen')).toBe('A');
    expect(letterOf('über')).toBe('U');
    expect(letterOf('3D-Druck')).toBe('#');
  });
});
