// The handbook's page numbers from the last build into the same folder (see build-cache.ts), as
// the first guess of the next one. Between two builds of the editing loop most numbers stay, and
// the rest mostly keep their number of digits, so the first screen layout confirms them (or only
// changes digits, which moves nothing) and no second layout is needed (500 entries: one layout
// instead of two). Only a guess: every number is measured on the layout as before, and the
// numbers a layout settles on do not depend on a guess that has their digit counts right.
// (Printing a short book with them at once, without any screen layout, lost more than it won: in
// the benchmark's editing loop an added sentence often moved a number, and then it took a second
// print and a layout; 26 entries 2.06 s against 1.80 s cold.)
import { keepFolderCache, readFolderCache } from '../../build-cache.ts';
import type { PrintNumbers } from '../print/print-numbers.ts';

const prefix = 'seitenzahlen-';

function isPrintNumbers(value: unknown): value is PrintNumbers {
  const numbers = value as PrintNumbers | undefined;
  return numbers?.labels instanceof Map && numbers.register instanceof Map && numbers.blankBefore instanceof Set && typeof numbers.placeholder === 'string'
    && [...numbers.labels].every(([id, label]) => typeof id === 'string' && typeof label === 'string');
}

/** The numbers the last build into `outDir` printed, if any were kept. */
export async function lastNumbers(outDir: string): Promise<PrintNumbers | undefined> {
  const numbers = await readFolderCache(prefix, outDir);
  return isPrintNumbers(numbers) ? numbers : undefined;
}

export function keepNumbers(outDir: string, numbers: PrintNumbers): Promise<void> {
  return keepFolderCache(prefix, outDir, numbers);
}
