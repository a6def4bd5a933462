import { describe, expect, it } from 'vitest';
import { bookletSides, paddedPageCount } from '../../pipeline/render/pdf/imposition.ts';

describe('saddle-stitch imposition', () => {
  it('pads to whole sheets of four pages', () => {
    expect([1, 4, 5, 8, 9, 40, 41].map(paddedPageCount)).toEqual([4, 4, 8, 8, 12, 40, 44]);
  });

  it('puts the outer pages on the first sheet and the middle pages on the last', () => {
    // Pages 1–8 (0-based 0–7): sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5.
    expect(bookletSides(8)).toEqual([
      { left: 7, right: 0 },
      { left: 1, right: 6 },
      { left: 5, right: 2 },
      { left: 3, right: 4 },
    ]);
  });

  it('leaves the padding pages blank at the end of the book', () => {
    expect(bookletSides(6)).toEqual([
      { left: null, right: 0 },
      { left: 1, right: null },
      { left: 5, right: 2 },
      { left: 3, right: 4 },
    ]);
  });

  it('uses every page exactly once', () => {
    const pages = bookletSides(37).flatMap((side) => [side.left, side.right]).filter((page) => page !== null);
    expect(pages.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 37 }, (_, index) => index));
  });
});
