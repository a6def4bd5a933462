// What builds keep between runs, in node_modules/.cache/glossar-handbuch/: results that the same
// inputs and the same code always reproduce exactly, so a hit changes no byte of any output, it
// only skips work. GLOSSAR_NO_CACHE=1 neither reads nor writes it, for measuring cold builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './output/atomic.ts';
import { projectRoot } from './templates.ts';

export const cacheDir = join(projectRoot, 'node_modules', '.cache', 'glossar-handbuch');

export const cacheEnabled = (): boolean => process.env.GLOSSAR_NO_CACHE !== '1';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? sourceFiles(join(dir, item.name)) : item.name.endsWith('.ts') ? [join(dir, item.name)] : []))
    .sort();
}

let version: string | undefined;

/**
 * The code that cached results depend on: every source file of pipeline/, the installed
 * packages (npm's record of them) and how the CLI is bundled. The same from the bundled CLI, the
 * bench's scripts and the tests, which all run the same sources. Reading them takes a few ms.
 */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const files = [...sourceFiles(join(projectRoot, 'pipeline')), join(projectRoot, 'node_modules', '.package-lock.json'), join(projectRoot, 'bin', 'bundle.mjs')];
  for (const file of files) {
    hash.update(relative(projectRoot, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  version = hash.digest('hex');
  return version;
}

/** Files kept per content or output folder (tests make many folders) beyond this many are removed, oldest first. */
const perFolderKept = 16;

/** Removes all but the newest files named `<prefix>…` except `keep`, so per-folder files do not pile up. */
export async function pruneFolderFiles(prefix: string, keep: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => name.startsWith(prefix));
  if (names.length <= perFolderKept) return;
  const dated = await Promise.all(names.map(async (name) => ({ path: join(cacheDir, name), mtimeMs: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.mtimeMs - a.mtimeMs);
  await Promise.all(dated.slice(perFolderKept).filter(({ path }) => path !== keep).map(({ path }) => rm(path, { force: true })));
}

/** A cache file's path for `folder` (a content or output folder), under the code version. */
export function folderCachePath(prefix: string, folder: string, extension: string): string {
  const name = createHash('sha256').update(codeVersion()).update('\0').update(resolve(folder)).digest('hex').slice(0, 32);
  return join(cacheDir, `${prefix}${name}${extension}`);
}

/**
 * What was kept for `folder` (a content or output folder) under `prefix`, as v8 serialized it;
 * undefined when caching is off, nothing was kept yet, or the file is not one v8 can read. The
 * caller still checks that it is what it expects: a cache is never trusted blindly.
 */
export async function readFolderCache(prefix: string, folder: string): Promise<unknown> {
  if (!cacheEnabled()) return undefined;
  try {
    return deserialize(await readFile(folderCachePath(prefix, folder, '.v8')));
  } catch {
    return undefined;
  }
}

/**
 * Keeps `value` for `folder` for the next build (and prunes other folders' files), or, when
 * `value` is undefined, marks what is kept as used now. A cache that cannot be written (read-only
 * node_modules, a full disk) only makes the next build slower: this never fails.
 */
export async function keepFolderCache(prefix: string, folder: string, value: unknown): Promise<void> {
  if (!cacheEnabled()) return;
  const path = folderCachePath(prefix, folder, '.v8');
  try {
    if (value === undefined) {
      const now = new Date();
      await utimes(path, now, now);
      return;
    }
    await writeFileAtomic(path, serialize(value));
    await pruneFolderFiles(prefix, path);
  } catch {
    // Slower next time, nothing worse.
  }
}
