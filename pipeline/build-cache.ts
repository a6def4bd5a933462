// What builds keep between runs, in node_modules/.cache/glossar-handbuch/: results that the same
// inputs and the same code always reproduce exactly, so a hit changes no byte of any output, it
// only skips work. GLOSSAR_NO_CACHE=1 neither reads nor writes it, for measuring cold builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
