// Compiles a TypeScript entry of the repository into one bundle under .build/ with esbuild, only
// when one of the files it was built from changed, so that each run loads the code once without
// per-file transpiling. Used by bin/glossar.mjs (the CLI) and bin/run.mjs (scripts).
//
// esbuild bundles as ES modules (only they can be split into chunks loaded on demand); each file is
// then written as a CommonJS script, because Node 20 keeps the compiled code of scripts between
// runs but not of ES modules (bin/load-bundle.mjs runs them).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { loadBundle, removeOrphanCaches } from './load-bundle.mjs';
import { installMarker, projectRoot } from './setup.mjs';

const buildDir = join(projectRoot, '.build');
const chunksDir = join(buildDir, 'chunks');
/** The compiled code of the bundle files (load-bundle.mjs). */
export const codeCacheDir = join(buildDir, 'code-cache');

/** The manifest of a bundle: what it was built from, its files, and which one is the entry. */
const manifestOf = (name) => join(buildDir, `${name}.inputs.json`);
/** Bumped when the manifest or the bundle files change form, so that older bundles are built anew. */
const manifestFormat = 2;

/**
 * The manifest when the bundle is fresh: written after every file of the bundle, newer than every
 * source listed in it, and with all its files still there.
 */
function freshManifest(manifestFile) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.format !== manifestFormat) return undefined;
    const built = statSync(manifestFile).mtimeMs;
    if (!manifest.inputs.every((input) => statSync(join(projectRoot, input)).mtimeMs <= built)) return undefined;
    if (!manifest.files.every((file) => existsSync(join(projectRoot, file)))) return undefined;
    return manifest;
  } catch {
    return undefined; // none yet, a source was deleted or renamed, or the manifest is damaged
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

function removeStaleChunks() {
  for (const name of readdirSync(chunksDir)) {
    const path = join(chunksDir, name);
    if (Date.now() - statSync(path).mtimeMs > staleChunkMs) rmSync(path, { force: true });
  }
  removeOrphanCaches(codeCacheDir, chunksDir);
}

/** An ES module of esbuild's as a CommonJS script: `import()` becomes `require()`, `import.meta.url` the loader's. */
async function asScript(transform, code, file) {
  const { code: script, warnings } = await transform(code, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__importMetaUrl' },
    logLevel: 'silent',
  });
  // A warning here means code that would run differently as a script (another `import.meta`
  // property, which becomes an empty object): better no bundle than one that fails later.
  if (warnings.length > 0) throw new Error(`${file} cannot run as a script: ${warnings.map((warning) => warning.text).join('; ')}`);
  return script;
}

/**
 * Bundles `entry` (a path relative to the project root) unless its bundle is fresh, and returns
 * the path of the bundle's entry file. Code behind a dynamic `import()` (a renderer, the dev
 * server) goes into chunks of its own, loaded only when a run needs it. Every file, the entry too,
 * is named by its content and never rewritten, so a process still running an older bundle finds
 * the files it was built with, and a code cache named after a file is the cache of that code.
 * The manifest, `.build/<name>.inputs.json`, is written last and says which file is the entry.
 */
export async function bundleEntry(entry, name) {
  const manifestFile = manifestOf(name);
  const fresh = freshManifest(manifestFile);
  if (fresh) return join(projectRoot, fresh.entry);
  const { build, transform, stop } = await import('esbuild');
  mkdirSync(chunksDir, { recursive: true });
  const files = [];
  let result;
  try {
    result = await build({
      absWorkingDir: projectRoot,
      entryPoints: { [name]: resolve(projectRoot, entry) },
      outdir: buildDir,
      outExtension: { '.js': '.cjs' },
      entryNames: 'chunks/[name]-[hash]',
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
      // No source maps: Node reads them only with --enable-source-maps, which no run uses; inline
      // ones only made every start read twice the bytes.
      sourcemap: false,
      metafile: true,
      logLevel: 'error',
      plugins: [patternsAsJson],
    });
    removeStaleChunks();
    // Left by the ES module bundles of earlier versions.
    rmSync(join(buildDir, `${name}.mjs`), { force: true });
    for (const file of result.outputFiles) {
      files.push(relative(projectRoot, file.path));
      if (existsSync(file.path)) {
        // Still in use: not stale.
        utimesSync(file.path, new Date(), new Date());
        continue;
      }
      const temporary = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temporary, await asScript(transform, file.text, relative(projectRoot, file.path)));
      renameSync(temporary, file.path);
    }
  } finally {
    // esbuild's service process would otherwise live as long as the command it compiled for,
    // beside its Chromium (162 MB of a 2,000-entry build's peak memory).
    stop();
  }
  // Code behind a dynamic import() is an entry point of esbuild's too.
  const source = relative(projectRoot, resolve(projectRoot, entry)).replaceAll('\\', '/');
  const [entryFile] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === source);
  // Bundled dependencies are not listed one by one (some 400 more files to stat at every start):
  // they change only with an install, and the lock file npm then writes into node_modules/
  // stands for them all. This file and the loader too: how the bundle is made is part of what
  // it is made from.
  const inputs = [...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/')), installMarker, 'bin/bundle.mjs', 'bin/load-bundle.mjs'];
  const temporary = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: manifestFormat, inputs, files, entry: relative(projectRoot, resolve(projectRoot, entryFile)) }));
  renameSync(temporary, manifestFile);
  return resolve(projectRoot, entryFile);
}

/** Bundles `entry` when needed (bundleEntry) and runs it; returns its exports. */
export async function importBundled(entry, name) {
  return loadBundle(await bundleEntry(entry, name), codeCacheDir);
}

/** `bench/generate-corpus.ts` → `bench-generate-corpus`. */
export function bundleName(entry) {
  return relative(projectRoot, resolve(projectRoot, entry)).replace(/\.ts$/, '').replace(/[^a-zA-Z0-9]+/g, '-');
}
