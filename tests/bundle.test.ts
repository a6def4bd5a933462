// bin/bundle.mjs compiles the CLI and scripts once, with their dependencies, into .build/. In a
// throwaway project (bin/ copied, a made-up ES and CommonJS package in node_modules/, esbuild
// linked in) it must bundle the packages in, run them, and build again exactly when a source
// or the install changed.
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let project: string;
let bundleEntry: (entry: string, name: string) => Promise<string>;
const bundleFile = () => join(project, '.build', 'probe.mjs');
const builtAt = async () => (await stat(bundleFile())).mtimeMs;

/** Sets the mtime of `path` to `seconds` ago. */
async function dated(path: string, seconds: number): Promise<void> {
  const when = new Date(Date.now() - seconds * 1000);
  await utimes(path, when, when);
}

/** With every input older than the bundle it is not built again; once `changed` is newer, it is. */
async function expectBuiltAgainOnlyAfterChanging(changed: string): Promise<void> {
  for (const input of ['bin/bundle.mjs', 'node_modules/.package-lock.json', 'src/probe.ts']) await dated(join(project, input), 300);
  await dated(bundleFile(), 200);
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
}, 60_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the bundle of a script', () => {
  it('has its packages, ES and CommonJS, bundled in, and runs', async () => {
    const url = await bundleEntry('src/probe.ts', 'probe');
    const code = await readFile(bundleFile(), 'utf8');
    expect(code).toContain('Guten Tag');
    expect(code).not.toMatch(/from\s+["'](es-probe|cjs-probe)["']/);
    const { result } = await import(url);
    expect(result).toBe('Guten Tag a/b');
  });

  it('is not built again while nothing changed', async () => {
    const before = await builtAt();
    await bundleEntry('src/probe.ts', 'probe');
    expect(await builtAt()).toBe(before);
  });

  it('is built again after a source changed', async () => {
    await dated(join(project, 'node_modules', '.package-lock.json'), 300);
    await dated(bundleFile(), 200);
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

  it('takes in hyphenation patterns as JSON, the same data', async () => {
    const patterns = join(project, 'node_modules', 'hyphen', 'patterns');
    await mkdir(patterns, { recursive: true });
    await writeFile(join(project, 'node_modules', 'hyphen', 'package.json'), '{ "name": "hyphen" }');
    await writeFile(join(patterns, 'xx.js'), "module.exports = [[[0, 0, 3], [1]], { a: { '.': 0, b: [{ c: 7 }, 2] } }, {}];\n");
    await writeFile(join(project, 'src', 'patterns.ts'), "import patterns from 'hyphen/patterns/xx.js';\nexport const data: unknown = patterns;\n");
    const url = await bundleEntry('src/patterns.ts', 'patterns');
    const code = await readFile(join(project, '.build', 'patterns.mjs'), 'utf8');
    expect(code).toContain('JSON.parse(');
    expect(code).not.toContain("{ '.': 0");
    const { data } = await import(url);
    expect(data).toEqual([[[0, 0, 3], [1]], { a: { '.': 0, b: [{ c: 7 }, 2] } }, {}]);
  });
});
