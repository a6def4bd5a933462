// bin/bundle.mjs compiles the CLI and scripts once, with their dependencies, into .build/, and
// bin/load-bundle.mjs runs them with V8's code cache. In a throwaway project (bin/ copied, a
// made-up ES and CommonJS package in node_modules/, esbuild linked in) it must bundle the packages
// in, run them, build again exactly when a source or the install changed, and keep the compiled
// code for the next run.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Exports = Record<string, unknown>;

let project: string;
let bundleEntry: (entry: string, name: string) => Promise<string>;
let loadBundle: (file: string, cacheDir: string) => Exports;
/** The manifest is written last, whenever the bundle is built. */
const manifestFile = () => join(project, '.build', 'probe.inputs.json');
const builtAt = async () => (await stat(manifestFile())).mtimeMs;

/** Sets the mtime of `path` to `seconds` ago. */
async function dated(path: string, seconds: number): Promise<void> {
  const when = new Date(Date.now() - seconds * 1000);
  await utimes(path, when, when);
}

/** With every input older than the bundle it is not built again; once `changed` is newer, it is. */
async function expectBuiltAgainOnlyAfterChanging(changed: string): Promise<void> {
  for (const input of ['bin/bundle.mjs', 'bin/load-bundle.mjs', 'node_modules/.package-lock.json', 'src/probe.ts']) await dated(join(project, input), 300);
  await dated(manifestFile(), 200);
  await bundleEntry('src/probe.ts', 'probe');
  expect(Date.now() - (await builtAt())).toBeGreaterThan(150_000);
  await dated(changed, 100);
  await bundleEntry('src/probe.ts', 'probe');
  expect(Date.now() - (await builtAt())).toBeLessThan(60_000);
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'glossar-bundle-'));
  await cp(resolve('bin'), join(project, 'bin'), { recursive: true });
  await writeFile(join(project, 'package.json'), '{ "type": "module" }');
  const modules = join(project, 'node_modules');
  await mkdir(join(modules, 'es-probe'), { recursive: true });
  await writeFile(join(modules, 'es-probe', 'package.json'), '{ "name": "es-probe", "type": "module", "exports": "./index.js" }');
  await writeFile(join(modules, 'es-probe', 'index.js'), "export const greeting = 'Guten Tag';\n");
  await mkdir(join(modules, 'cjs-probe'), { recursive: true });
  await writeFile(join(modules, 'cjs-probe', 'package.json'), '{ "name": "cjs-probe", "main": "index.js" }');
  // A CommonJS package that requires a built-in module: an ES bundle must give it require().
  await writeFile(join(modules, 'cjs-probe', 'index.js'), "const path = require('node:path');\nexports.joined = path.posix.join('a', 'b');\n");
  await symlink(resolve('node_modules', 'esbuild'), join(modules, 'esbuild'));
  await writeFile(join(modules, '.package-lock.json'), '{}');
  await mkdir(join(project, 'src'));
  await writeFile(join(project, 'src', 'probe.ts'), "import { greeting } from 'es-probe';\nimport { joined } from 'cjs-probe';\nexport const result: string = `${greeting} ${joined}`;\n");
  ({ bundleEntry } = await import(pathToFileURL(join(project, 'bin', 'bundle.mjs')).href));
  ({ loadBundle } = await import(pathToFileURL(join(project, 'bin', 'load-bundle.mjs')).href));
}, 60_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the bundle of a script', () => {
  it('has its packages, ES and CommonJS, bundled in, and runs', async () => {
    const file = await bundleEntry('src/probe.ts', 'probe');
    const code = await readFile(file, 'utf8');
    expect(code).toContain('Guten Tag');
    expect(code).not.toMatch(/from\s+["'](es-probe|cjs-probe)["']|require\(["'](es-probe|cjs-probe)["']\)/);
    const { result } = loadBundle(file, join(project, 'code-cache'));
    expect(result).toBe('Guten Tag a/b');
  });

  it('is not built again while nothing changed', async () => {
    const before = await builtAt();
    await bundleEntry('src/probe.ts', 'probe');
    expect(await builtAt()).toBe(before);
  });

  it('is built again after a source changed', async () => {
    await dated(join(project, 'node_modules', '.package-lock.json'), 300);
    await dated(manifestFile(), 200);
    await dated(join(project, 'src', 'probe.ts'), 100);
    await bundleEntry('src/probe.ts', 'probe');
    expect(Date.now() - (await builtAt())).toBeLessThan(60_000);
  });

  it('is built again after an install (which may have changed the packages bundled in), and only then', async () => {
    await expectBuiltAgainOnlyAfterChanging(join(project, 'node_modules', '.package-lock.json'));
  });

  it('is built again after the bundler itself changed (bin/bundle.mjs: how the bundle is made), and only then', async () => {
    await expectBuiltAgainOnlyAfterChanging(join(project, 'bin', 'bundle.mjs'));
  });

  it('is built again after its loader changed (bin/load-bundle.mjs: what the bundle files are run with), and only then', async () => {
    await expectBuiltAgainOnlyAfterChanging(join(project, 'bin', 'load-bundle.mjs'));
  });

  it('takes in hyphenation patterns as JSON, the same data', async () => {
    const patterns = join(project, 'node_modules', 'hyphen', 'patterns');
    await mkdir(patterns, { recursive: true });
    await writeFile(join(project, 'node_modules', 'hyphen', 'package.json'), '{ "name": "hyphen" }');
    await writeFile(join(patterns, 'xx.js'), "module.exports = [[[0, 0, 3], [1]], { a: { '.': 0, b: [{ c: 7 }, 2] } }, {}];\n");
    await writeFile(join(project, 'src', 'patterns.ts'), "import patterns from 'hyphen/patterns/xx.js';\nexport const data: unknown = patterns;\n");
    const file = await bundleEntry('src/patterns.ts', 'patterns');
    const code = await readFile(file, 'utf8');
    expect(code).toContain('JSON.parse(');
    expect(code).not.toContain("{ '.': 0");
    const { data } = loadBundle(file, join(project, 'code-cache'));
    expect(data).toEqual([[[0, 0, 3], [1]], { a: { '.': 0, b: [{ c: 7 }, 2] } }, {}]);
  });

  it('puts code behind a dynamic import() into a file of its own, loaded when asked for, which knows its own URL', async () => {
    await writeFile(join(project, 'src', 'later.ts'), "export const value = 'spaeter';\nexport const where: string = import.meta.url;\n");
    await writeFile(join(project, 'src', 'lazy.ts'), "export async function later(): Promise<{ value: string; where: string }> {\n  return import('./later.ts');\n}\n");
    const file = await bundleEntry('src/lazy.ts', 'lazy');
    expect(await readFile(file, 'utf8')).not.toContain('spaeter');
    const { later } = loadBundle(file, join(project, 'code-cache')) as { later: () => Promise<{ value: string; where: string }> };
    const { value, where } = await later();
    expect(value).toBe('spaeter');
    expect(where).toMatch(/\/\.build\/chunks\/later-[A-Z0-9]+\.cjs$/);
    expect(await readFile(new URL(where), 'utf8')).toContain('spaeter');
  });
});

describe('the code cache', () => {
  /** Runs the probe bundle in a process of its own; what became of each file's code cache. */
  function runProbe(env: Record<string, string> = {}): { used: number; rejected: number; missing: number } {
    const script = `
      const { bundleEntry, codeCacheDir } = await import(${JSON.stringify(pathToFileURL(join(project, 'bin', 'bundle.mjs')).href)});
      const { loadBundle, codeCacheStats } = await import(${JSON.stringify(pathToFileURL(join(project, 'bin', 'load-bundle.mjs')).href)});
      const { later } = loadBundle(await bundleEntry('src/lazy.ts', 'lazy'), codeCacheDir);
      if ((await later()).value !== 'spaeter') process.exit(1);
      process.stdout.write(JSON.stringify(codeCacheStats()));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', env: { ...process.env, GLOSSAR_NO_CODE_CACHE: '', ...env } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as { used: number; rejected: number; missing: number };
  }

  const cacheDir = () => join(project, '.build', 'code-cache');

  it('is written when a run ends and used by the next, for the entry and every file it loaded', async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    expect(runProbe()).toEqual({ used: 0, rejected: 0, missing: 2 });
    expect((await readdir(cacheDir())).sort()).toEqual([expect.stringMatching(/^later-[A-Z0-9]+\.cjs\.v8$/), expect.stringMatching(/^lazy-[A-Z0-9]+\.cjs\.v8$/)]);
    expect(runProbe()).toEqual({ used: 2, rejected: 0, missing: 0 });
  });

  it('is made anew when V8 refuses it (another Node, other flags, or damaged)', async () => {
    const [damaged] = (await readdir(cacheDir())).filter((name) => name.startsWith('lazy-'));
    await writeFile(join(cacheDir(), damaged!), 'kein Code');
    expect(runProbe()).toEqual({ used: 1, rejected: 1, missing: 0 });
    expect(runProbe()).toEqual({ used: 2, rejected: 0, missing: 0 });
  });

  it('is neither read nor written with GLOSSAR_NO_CODE_CACHE=1', async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    expect(runProbe({ GLOSSAR_NO_CODE_CACHE: '1' })).toEqual({ used: 0, rejected: 0, missing: 0 });
    await expect(readdir(cacheDir())).rejects.toThrow('ENOENT');
  });

  it('of a file that is gone goes when a bundle is built next, and so does a write a killed process left', async () => {
    runProbe();
    const names = await readdir(cacheDir());
    await writeFile(join(cacheDir(), 'chunk-GONE1234.cjs.v8'), 'alt');
    const [kept] = names;
    const leftover = join(cacheDir(), `${kept}.4242.tmp`);
    await writeFile(leftover, 'halb');
    await dated(leftover, 2 * 3600);
    // A write under way (younger than an hour) is left alone.
    const writing = join(cacheDir(), `${kept}.4343.tmp`);
    await writeFile(writing, 'halb');
    await writeFile(join(project, 'src', 'another.ts'), 'export const x = 1;\n');
    await bundleEntry('src/another.ts', 'another');
    expect((await readdir(cacheDir())).sort()).toEqual([...names, `${kept}.4343.tmp`].sort());
  });
});

describe('a bundle file as a script', () => {
  it('is refused when its code would run differently as one (an import.meta property other than url)', async () => {
    await writeFile(join(project, 'src', 'dirname.ts'), 'export const here: string = import.meta.dirname;\n');
    await expect(bundleEntry('src/dirname.ts', 'dirname')).rejects.toThrow(/cannot run as a script: .*import\.meta/);
  });
});
