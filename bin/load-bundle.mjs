// Runs a bundle that bin/bundle.mjs made: its files are CommonJS scripts, compiled here with
// V8's code cache. Node 20 can cache the compiled code of a script (vm.Script's cachedData) but
// not of an ES module, and compiling the bundle's code, then the functions a run calls, was a
// fixed cost of every command: at 26 entries an EPUB build took ~237 ms without the cache and
// ~204 ms with it, a PDF build ~1.85 s and ~1.80 s (medians of 10 alternating runs). The cache
// of each file is written when the process exits, with every function the run compiled, and used
// by the next run; V8 refuses one made by another Node or with other flags, and it is then made
// again.
//
// A file's cache is named after the file, and a bundle file never changes once written (it is
// named by its content), so a cache can only belong to the code it was made from.
// GLOSSAR_NO_CODE_CACHE=1 neither reads nor writes the cache.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script, constants } from 'node:vm';

/** Every bundle file this process ran, by path: each runs once, as a module does. */
const modules = new Map();
/** Scripts compiled without a usable cache, and where to keep theirs. */
const uncached = [];
/** What became of each file's cache when it was compiled in this process (`codeCacheStats()`). */
const stats = { used: 0, rejected: 0, missing: 0 };

const cacheEnabled = () => process.env.GLOSSAR_NO_CODE_CACHE !== '1';

/** The cache of `file` in `cacheDir`. */
const cacheFileOf = (cacheDir, file) => join(cacheDir, `${basename(file)}.v8`);

function keepCaches() {
  for (const { script, cacheFile } of uncached.splice(0)) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A cache is only a shortcut: a read-only checkout runs without one.
    }
  }
}

let keepsCachesAtExit = false;

function run(file, cacheDir) {
  const known = modules.get(file);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(file, module);
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileOf(cacheDir, file);
  let cachedData;
  if (cacheEnabled()) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // One line: positions in stack traces stay those of the file, but for the first line's columns.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __importMetaUrl) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheEnabled()) {
    if (!cachedData) stats.missing++;
    else if (script.cachedDataRejected) stats.rejected++;
    else stats.used++;
    if (!cachedData || script.cachedDataRejected) {
      uncached.push({ script, cacheFile });
      if (!keepsCachesAtExit) {
        keepsCachesAtExit = true;
        // At exit the cache holds every function the run compiled, not only the top level.
        process.once('exit', keepCaches);
      }
    }
  }
  const nodeRequire = createRequire(file);
  const dir = dirname(file);
  const require = (specifier) => (specifier.startsWith('./') || specifier.startsWith('../') ? run(resolve(dir, specifier), cacheDir) : nodeRequire(specifier));
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dir, pathToFileURL(file).href);
  return module.exports;
}

/** Runs the bundle whose entry is `file` (and, as it asks for them, its chunks); returns its exports. */
export function loadBundle(file, cacheDir) {
  return run(resolve(file), cacheDir);
}

/** What became of the code caches of the files this process ran so far. */
export function codeCacheStats() {
  return { ...stats };
}

/** A cache being written is renamed within milliseconds; one this old was left by a killed process. */
const leftoverMs = 3600 * 1000;

/** Removes the caches in `cacheDir` whose file is no longer in `codeDir`, and writes never finished. */
export function removeOrphanCaches(cacheDir, codeDir) {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const gone = name.endsWith('.tmp') ? Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > leftoverMs : !existsSync(join(codeDir, name.replace(/\.v8$/, '')));
    if (gone) rmSync(path, { force: true });
  }
}
