import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VFile } from 'vfile';
import { loadBook, type LoadResult } from '../pipeline/load/load-book.ts';
import { cacheDir, pruneFolderFiles } from '../pipeline/build-cache.ts';
import { loadBookCached, loadPackPath } from '../pipeline/load/load-cache.ts';
import { fixture, runCli, snapshotTree } from './helpers.ts';

/** What a load gives a build: the model without its VFiles, and every message as the reporter shows it. */
function essence(result: LoadResult) {
  const messages = (files: VFile[]) =>
    files.flatMap((file) => file.messages.map((message) => ({ path: file.path, value: String(file.value).length, line: message.line, column: message.column, place: message.place, reason: message.reason, ruleId: message.ruleId, source: message.source, fatal: message.fatal })));
  const book = result.book && JSON.parse(JSON.stringify({ ...result.book, files: undefined }, (key, value) => (key === 'file' ? (value as VFile).path : value)));
  return { book, messages: messages(result.files), absolutePaths: result.files.map((file) => file.data.absolutePath) };
}

let dirs: string[] = [];
async function copyOf(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'glossar-load-cache-'));
  dirs.push(dir);
  await cp(fixture(name), dir, { recursive: true });
  return dir;
}

beforeEach(() => {
  vi.stubEnv('GLOSSAR_NO_CACHE', '0');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const dir of dirs) await rm(loadPackPath(dir), { force: true });
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

describe('the load cache', () => {
  it.each(['valid', 'unknown-key', 'invalid-date', 'missing-wiki-link'])('gives the same load as parsing, messages included (%s)', async (name) => {
    const contentDir = await copyOf(name);
    const fresh = await loadBook({ contentDir, drafts: true });
    const first = await loadBookCached({ contentDir, drafts: true });
    await first.cacheSaved;
    const second = await loadBookCached({ contentDir, drafts: true });
    await second.cacheSaved;
    expect(first.cacheStats!.reused).toBe(0);
    expect(second.cacheStats).toMatchObject({ parsed: 0, reused: first.cacheStats!.parsed });
    expect(second.cacheStats!.reused).toBeGreaterThan(0);
    expect(essence(second)).toEqual(essence(fresh));
    expect(essence(first)).toEqual(essence(fresh));
  });

  it('parses a changed file again and takes the others from the cache', async () => {
    const contentDir = await copyOf('valid');
    await (await loadBookCached({ contentDir, drafts: true })).cacheSaved;
    const path = join(contentDir, 'glossar', 'inklusion.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^title: .*$/m, 'title: Inklusion neu'));
    const changed = await loadBookCached({ contentDir, drafts: true });
    await changed.cacheSaved;
    expect(changed.cacheStats!.parsed).toBe(1);
    expect(changed.book!.entries.map((entry) => entry.title)).toContain('Inklusion neu');
    expect(essence(changed)).toEqual(essence(await loadBook({ contentDir, drafts: true })));
  });

  it('transforms again what links to a name that resolves differently now, and what has images', async () => {
    const contentDir = await copyOf('valid');
    const first = await loadBookCached({ contentDir, drafts: true });
    await first.cacheSaved;
    const documents = first.book!.entries.length + first.book!.news.length + first.book!.pages.length;
    const second = await loadBookCached({ contentDir, drafts: true });
    await second.cacheSaved;
    // inklusion.md shows an image: transformed at every build.
    expect(second.cacheStats!.transformsReused).toBe(documents - 1);
    expect(essence(second)).toEqual(essence(first));
    // Partizipation links [[Zukunft]]: gone, that link is an error now, found by a new transform.
    await rm(join(contentDir, 'glossar', 'zukunft.md'));
    const third = await loadBookCached({ contentDir, drafts: true });
    await third.cacheSaved;
    const fresh = await loadBook({ contentDir, drafts: true });
    expect(essence(third)).toEqual(essence(fresh));
    expect(essence(third).messages.map((message) => `${String(message.path).split('/').pop()} ${message.ruleId}`)).toContain('partizipation.md missing-link-target');
  });

  it('does not trust a damaged pack or a damaged document in it', async () => {
    const contentDir = await copyOf('valid');
    await (await loadBookCached({ contentDir, drafts: true })).cacheSaved;
    const pack = deserialize(await readFile(loadPackPath(contentDir))) as { reads: Map<string, Uint8Array>; transforms: Map<string, Uint8Array> };
    const [firstRead] = pack.reads.keys();
    pack.reads.set(firstRead!, Uint8Array.from([1, 2, 3]));
    const [firstTransform] = pack.transforms.keys();
    pack.transforms.set(firstTransform!, Uint8Array.from([1, 2, 3]));
    await writeFile(loadPackPath(contentDir), serialize(pack));
    const oneDamaged = await loadBookCached({ contentDir, drafts: true });
    await oneDamaged.cacheSaved;
    expect(oneDamaged.cacheStats).toEqual({ parsed: 1, reused: pack.reads.size - 1, transformsReused: pack.transforms.size - 1 });
    expect(essence(oneDamaged)).toEqual(essence(await loadBook({ contentDir, drafts: true })));

    await writeFile(loadPackPath(contentDir), 'not a pack');
    const allDamaged = await loadBookCached({ contentDir, drafts: true });
    await allDamaged.cacheSaved;
    expect(allDamaged.cacheStats).toEqual({ parsed: pack.reads.size, reused: 0, transformsReused: 0 });
  });

  it('is neither read nor written with GLOSSAR_NO_CACHE=1', async () => {
    const contentDir = await copyOf('valid');
    vi.stubEnv('GLOSSAR_NO_CACHE', '1');
    const result = await loadBookCached({ contentDir, drafts: true });
    await result.cacheSaved;
    expect(result.cacheStats).toBeUndefined();
    await expect(readFile(loadPackPath(contentDir))).rejects.toThrow(/ENOENT/);
  });

  it('changes no byte of the site and no line of the report (CLI)', async () => {
    const contentDir = await copyOf('unknown-key');
    const outs = await mkdtemp(join(tmpdir(), 'glossar-load-cache-out-'));
    dirs.push(outs);
    const out = (name: string) => join(outs, name);
    const build = (name: string, env: NodeJS.ProcessEnv) => runCli(['build', '--only', 'html', '--content', contentDir, '--out', out(name)], { env });
    const cold = build('cold', { GLOSSAR_NO_CACHE: '1' });
    build('warm', {});
    const warm = build('warm', {});
    expect(cold.status).toBe(0);
    expect(warm.status).toBe(0);
    expect(warm.stderr).toMatch(/0 files parsed, \d+ unchanged ones taken from the cache/);
    const report = (stderr: string) => stderr.split('\n').filter((line) => !line.startsWith('glossar: ')).join('\n');
    expect(report(warm.stderr)).toBe(report(cold.stderr));
    expect(report(warm.stderr)).toMatch(/warning/);
    expect(snapshotTree(out('warm'))).toEqual(snapshotTree(out('cold')));
  });
});

describe('pruneFolderFiles', () => {
  it('keeps the 16 newest files of a kind, and the one just written', async () => {
    const { mkdir, utimes } = await import('node:fs/promises');
    const { readdirSync } = await import('node:fs');
    const prefix = `test-prune-${process.pid}-`;
    await mkdir(cacheDir, { recursive: true });
    const path = (index: number) => join(cacheDir, `${prefix}${index}.v8`);
    try {
      for (let index = 0; index < 20; index++) {
        await writeFile(path(index), 'x');
        // File 0 is the oldest, file 19 the newest.
        const time = new Date(Date.UTC(2026, 0, 1, 0, index));
        await utimes(path(index), time, time);
      }
      await pruneFolderFiles(prefix, path(0));
      const left = readdirSync(cacheDir).filter((name) => name.startsWith(prefix)).map((name) => Number(name.slice(prefix.length, -3))).sort((a, b) => a - b);
      expect(left).toEqual([0, ...Array.from({ length: 16 }, (_, index) => index + 4)]);
    } finally {
      for (let index = 0; index < 20; index++) await rm(path(index), { force: true });
    }
  });
});
