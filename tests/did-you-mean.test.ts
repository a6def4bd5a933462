import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '../pipeline/did-you-mean.ts';

describe('didYouMean', () => {
  const names = ['Inklusion', 'Partizipation', 'Partizipation und Teilhabe', 'Schulkultur'];

  it('suggests the closest name for a typo', () => {
    expect(didYouMean('Inklsion', names)).toBe('; did you mean `Inklusion`?');
    expect(closestName('partizpation', names)).toBe('Partizipation');
  });

  it('suggests nothing when no name is close', () => {
    expect(didYouMean('Haushaltsplan', names)).toBe('');
  });
});
