// Compiles a TypeScript entry of the repository into one ESM bundle under .build/ with esbuild,
// only when one of the files it was built from changed, so that each run loads the code once
// without per-file transpiling. Used by bin/glossar.mjs (the CLI) and bin/run.mjs (scripts).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './setup.mjs';

/** True when the bundle exists and is newer than every source listed when it was built. */
function isFresh(bundle, inputsFile) {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const built = statSync(bundle).mtimeMs;
  try {
    return JSON.parse(readFileSync(inputsFile, 'utf8')).every((input) => statSync(join(projectRoot, input)).mtimeMs <= built);
  } catch {
    return false; // a source was deleted or renamed
  }
}

/**
 * Bundles `entry` (a path relative to the project root) into `.build/<name>.mjs` unless the
 * bundle is fresh, and returns the bundle's file URL for `import()`.
 */
export async function bundleEntry(entry, name) {
  const bundle = join(projectRoot, '.build', `${name}.mjs`);
  const inputsFile = join(projectRoot, '.build', `${name}.inputs.json`);
  if (!isFresh(bundle, inputsFile)) {
    const { build } = await import('esbuild');
    mkdirSync(dirname(bundle), { recursive: true });
    const temporary = `${bundle}.${process.pid}.tmp`;
    const { metafile } = await build({
      absWorkingDir: projectRoot,
      entryPoints: [resolve(projectRoot, entry)],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      metafile: true,
      logLevel: 'error',
    });
    writeFileSync(inputsFile, JSON.stringify(Object.keys(metafile.inputs)));
    renameSync(temporary, bundle);
  }
  return pathToFileURL(bundle).href;
}

/** `bench/generate-corpus.ts` → `bench-generate-corpus`. */
export function bundleName(entry) {
  return relative(projectRoot, resolve(projectRoot, entry)).replace(/\.ts$/, '').replace(/[^a-zA-Z0-9]+/g, '-');
}
