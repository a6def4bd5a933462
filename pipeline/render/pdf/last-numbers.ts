// The handbook's page numbers from the last build into the same folder (see build-cache.ts), as
// the first guess of the next one. Between two builds of the editing loop most numbers stay, and
// the rest mostly keep their number of digits, so the first screen layout confirms them (or only
// changes digits, which moves nothing) and no second layout is needed (500 entries: one layout
// instead of two). Only a guess: every number is measured on the layout as before, and the
// numbers a layout settles on do not depend on a guess that has their digit counts right.
// (Printing a short book with them at once, without any screen layout, lost more than it won: in
// the benchmark's editing loop an added sentence often moved a number, and then it took a second
// print and a layout; 26 entries 2.06 s against 1.80 s cold.)
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { cacheEnabled, folderCachePath, pruneFolderFiles } from '../../build-cache.ts';
import { writeFileAtomic } from '../../output/atomic.ts';
import type { PrintNumbers } from '../print/print-numbers.ts';

const prefix = 'seitenzahlen-';

const pathOf = (outDir: string) => folderCachePath(prefix, outDir, '.v8');

function isPrintNumbers(value: unknown): value is PrintNumbers {
  const numbers = value as PrintNumbers | undefined;
  return numbers?.labels instanceof Map && numbers.register instanceof Map && numbers.blankBefore instanceof Set && typeof numbers.placeholder === 'string'
    && [...numbers.labels].every(([id, label]) => typeof id === 'string' && typeof label === 'string');
}

/** The numbers the last build into `outDir` printed, if any were kept. */
export async function lastNumbers(outDir: string): Promise<PrintNumbers | undefined> {
  if (!cacheEnabled()) return undefined;
  try {
    const numbers: unknown = deserialize(await readFile(pathOf(outDir)));
    return isPrintNumbers(numbers) ? numbers : undefined;
  } catch {
    return undefined;
  }
}

export async function keepNumbers(outDir: string, numbers: PrintNumbers): Promise<void> {
  if (!cacheEnabled()) return;
  try {
    const path = pathOf(outDir);
    await writeFileAtomic(path, serialize(numbers));
    await pruneFolderFiles(prefix, path);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}
