// Compiles a TypeScript entry of the repository into one ESM bundle under .build/ with esbuild,
// only when one of the files it was built from changed, so that each run loads the code once
// without per-file transpiling. Used by bin/glossar.mjs (the CLI) and bin/run.mjs (scripts).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installMarker, projectRoot } from './setup.mjs';

/** True when the bundle exists, is newer than every source listed when it was built, and has its chunks. */
function isFresh(bundle, inputsFile) {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const built = statSync(bundle).mtimeMs;
  try {
    const { inputs, chunks } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return inputs.every((input) => statSync(join(projectRoot, input)).mtimeMs <= built) && chunks.every((chunk) => existsSync(join(projectRoot, chunk)));
  } catch {
    return false; // a source was deleted or renamed, or the list is of an older format
  }
}

/**
 * The hyphenation patterns (hyphen/patterns/*.js) are one object literal of 750 KB, which V8 took
 * ~125 ms to compile and run at every start of a PDF build; the same data as a JSON string given
 * to JSON.parse loads in about a third of that. The module is run here once, at bundling time.
 */
const patternsAsJson = {
  name: 'hyphenation-patterns-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]hyphen[\\/]patterns[\\/][^\\/]+\.js$/ }, (args) => {
      const patterns = createRequire(import.meta.url)(args.path);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(patterns))});`, loader: 'js' };
    });
  },
};

/** Chunks no bundle was built with for a week: a process running that long is not expected. */
const staleChunkMs = 7 * 24 * 3600 * 1000;

function removeStaleChunks(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > staleChunkMs) rmSync(path, { force: true });
  }
}

/**
 * Bundles `entry` (a path relative to the project root) into `.build/<name>.mjs` unless the
 * bundle is fresh, and returns the bundle's file URL for `import()`. Code behind a dynamic
 * `import()` (a renderer, the dev server) goes into chunks under `.build/chunks/`, loaded only
 * when a run needs it. Chunks are named by their content and never rewritten, so a process still
 * running an older bundle finds the chunks it was built with; the entry is replaced atomically.
 */
export async function bundleEntry(entry, name) {
  const bundle = join(projectRoot, '.build', `${name}.mjs`);
  const inputsFile = join(projectRoot, '.build', `${name}.inputs.json`);
  if (!isFresh(bundle, inputsFile)) {
    const { build, stop } = await import('esbuild');
    const outdir = join(projectRoot, '.build');
    mkdirSync(join(outdir, 'chunks'), { recursive: true });
    const { metafile, outputFiles } = await build({
      absWorkingDir: projectRoot,
      entryPoints: { [name]: resolve(projectRoot, entry) },
      outdir,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Dependencies are bundled too: loading them from node_modules/ meant resolving and reading
      // some 400 files at every start (EPUB-only build of 26 entries: 1.61 s, bundled 1.28 s;
      // `check` 1.20 → 0.99 s). puppeteer-core too: its parts loaded on demand (WebDriver BiDi)
      // become chunks of their own, and loading it took ~125 ms from node_modules/, ~58 ms
      // bundled. Left out: esbuild, a native binary.
      external: ['esbuild'],
      // The CommonJS dependencies call require(), which an ES module does not have.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
      // No source maps: Node reads them only with --enable-source-maps, which no run uses; inline
      // ones only made every start read twice the bytes.
      sourcemap: false,
      metafile: true,
      logLevel: 'error',
      plugins: [patternsAsJson],
    }).finally(() => {
      // esbuild's service process would otherwise live as long as the command it compiled for,
      // beside its Chromium (162 MB of a 2,000-entry build's peak memory).
      stop();
    });
    removeStaleChunks(join(outdir, 'chunks'));
    const chunks = outputFiles.filter((file) => file.path !== bundle);
    for (const file of chunks) {
      if (existsSync(file.path)) {
        // Still in use: not stale.
        utimesSync(file.path, new Date(), new Date());
        continue;
      }
      const temporary = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temporary, file.contents);
      renameSync(temporary, file.path);
    }
    // Bundled dependencies are not listed one by one (some 400 more files to stat at every start):
    // they change only with an install, and the lock file npm then writes into node_modules/
    // stands for them all.
    // This file too: how the bundle is made is part of what it is made from.
    const inputs = [...Object.keys(metafile.inputs).filter((input) => !input.startsWith('node_modules/')), installMarker, 'bin/bundle.mjs'];
    writeFileSync(inputsFile, JSON.stringify({ inputs, chunks: chunks.map((file) => relative(projectRoot, file.path)) }));
    const temporary = `${bundle}.${process.pid}.tmp`;
    writeFileSync(temporary, outputFiles.find((file) => file.path === bundle).contents);
    renameSync(temporary, bundle);
  }
  return pathToFileURL(bundle).href;
}

/** `bench/generate-corpus.ts` → `bench-generate-corpus`. */
export function bundleName(entry) {
  return relative(projectRoot, resolve(projectRoot, entry)).replace(/\.ts$/, '').replace(/[^a-zA-Z0-9]+/g, '-');
}
