// Compiles a TypeScript entry of the repository into one ESM bundle under .build/ with esbuild,
// only when a source is newer than the bundle, so that each run loads the code once without
// per-file transpiling. Used by bin/glossar.mjs (the CLI) and bin/run.mjs (bench scripts).
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './setup.mjs';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'out' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Bundles `entry` (a path relative to the project root) into `.build/<name>.mjs` when the
 * bundle is missing or older than any file in pipeline/ or the entry's own folder, and
 * returns the bundle's file URL for `import()`.
 */
export async function bundleEntry(entry, name) {
  const source = resolve(projectRoot, entry);
  const bundle = join(projectRoot, '.build', `${name}.mjs`);
  const watched = [...new Set([join(projectRoot, 'pipeline'), dirname(source)])];
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...watched.map(newestSource))) {
    const { build } = await import('esbuild');
    mkdirSync(dirname(bundle), { recursive: true });
    const temporary = `${bundle}.${process.pid}.tmp`;
    await build({
      entryPoints: [source],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'error',
    });
    renameSync(temporary, bundle);
  }
  return pathToFileURL(bundle).href;
}

/** `bench/generate-corpus.ts` → `bench-generate-corpus`. */
export function bundleName(entry) {
  return relative(projectRoot, resolve(projectRoot, entry)).replace(/\.ts$/, '').replace(/[^a-zA-Z0-9]+/g, '-');
}
