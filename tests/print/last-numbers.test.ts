import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderCachePath } from '../../pipeline/build-cache.ts';
import { keepNumbers, lastNumbers } from '../../pipeline/render/pdf/last-numbers.ts';
import type { PrintNumbers } from '../../pipeline/render/print/print-numbers.ts';

const numbers: PrintNumbers = {
  labels: new Map([['begriff-inklusion', '12'], ['teil-vorwort', 'v']]),
  register: new Map([['inklusion', [{ label: '12', target: 'begriff-inklusion', main: true }]]]),
  blankBefore: new Set(['teil-glossar']),
  placeholder: '00',
};

let outDir: string;
beforeEach(async () => {
  vi.stubEnv('GLOSSAR_NO_CACHE', '0');
  outDir = await mkdtemp(join(tmpdir(), 'glossar-last-numbers-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(folderCachePath('seitenzahlen-', outDir, '.v8'), { force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('the last build\'s page numbers', () => {
  it('are kept per output folder and read back as they were', async () => {
    expect(await lastNumbers(outDir)).toBeUndefined();
    await keepNumbers(outDir, numbers);
    expect(await lastNumbers(outDir)).toEqual(numbers);
    expect(await lastNumbers(join(outDir, 'elsewhere'))).toBeUndefined();
  });

  it('are not trusted when the file is not what was kept', async () => {
    await keepNumbers(outDir, numbers);
    await writeFile(folderCachePath('seitenzahlen-', outDir, '.v8'), 'kaputt');
    expect(await lastNumbers(outDir)).toBeUndefined();
  });

  it('are neither kept nor read with GLOSSAR_NO_CACHE=1', async () => {
    await keepNumbers(outDir, numbers);
    vi.stubEnv('GLOSSAR_NO_CACHE', '1');
    expect(await lastNumbers(outDir)).toBeUndefined();
    const other = join(outDir, 'other');
    await keepNumbers(other, numbers);
    vi.stubEnv('GLOSSAR_NO_CACHE', '0');
    expect(await lastNumbers(other)).toBeUndefined();
  });
});
