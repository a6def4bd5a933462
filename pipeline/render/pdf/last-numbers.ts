// The handbook's page numbers from the last build into the same folder (see build-cache.ts), as
// the first guess of the next one. Between two builds of the editing loop most numbers stay, and
// the rest mostly keep their number of digits, so the first screen layout confirms them (or only
// changes digits, which moves nothing) and no second layout is needed (500 entries: one layout
// instead of two). A book short enough to be printed whole is printed with them at once, with no
// screen layout at all (handbook.ts). Only a guess either way: every number is measured, on the
// layout or on the print, as in any build, and printed again when it moved.
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { cacheEnabled, folderCachePath, pruneFolderFiles } from '../../build-cache.ts';
import { writeFileAtomic } from '../../output/atomic.ts';
import type { PrintNumbers } from '../print/print-numbers.ts';

const prefix = 'seitenzahlen-';

const pathOf = (outDir: string) => folderCachePath(prefix, outDir, '.v8');

export interface LastNumbers {
  numbers: PrintNumbers;
  /** Pages of the main document as printed (without the register). */
  pageCount: number;
}

function isLastNumbers(value: unknown): value is LastNumbers {
  const numbers = (value as LastNumbers | undefined)?.numbers;
  return typeof (value as LastNumbers).pageCount === 'number' && numbers?.labels instanceof Map && numbers.register instanceof Map && numbers.blankBefore instanceof Set && typeof numbers.placeholder === 'string'
    && [...numbers.labels].every(([id, label]) => typeof id === 'string' && typeof label === 'string');
}

/** The numbers the last build into `outDir` printed, if any were kept. */
export async function lastNumbers(outDir: string): Promise<LastNumbers | undefined> {
  if (!cacheEnabled()) return undefined;
  try {
    const last: unknown = deserialize(await readFile(pathOf(outDir)));
    return isLastNumbers(last) ? last : undefined;
  } catch {
    return undefined;
  }
}

export async function keepNumbers(outDir: string, last: LastNumbers): Promise<void> {
  if (!cacheEnabled()) return;
  try {
    const path = pathOf(outDir);
    await writeFileAtomic(path, serialize(last));
    await pruneFolderFiles(prefix, path);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}
