// Saddle-stitch imposition: which handbook pages go on which side of which sheet, so that the
// sheets printed duplex (flip on the short edge), stacked, folded and stapled read 1, 2, 3, …
// Pages are 0-based; `null` is a blank page added to fill the last sheet.

export interface SheetSide {
  left: number | null;
  right: number | null;
}

/** Pages after padding to a multiple of 4 (four pages per folded sheet). */
export function paddedPageCount(pageCount: number): number {
  return Math.max(4, Math.ceil(pageCount / 4) * 4);
}

/** The sides in print order: sheet 1 front, sheet 1 back, sheet 2 front, … */
export function bookletSides(pageCount: number): SheetSide[] {
  const total = paddedPageCount(pageCount);
  const page = (index: number) => (index < pageCount ? index : null);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    sides.push({ left: page(total - 1 - 2 * sheet), right: page(2 * sheet) });
    sides.push({ left: page(2 * sheet + 1), right: page(total - 2 - 2 * sheet) });
  }
  return sides;
}
