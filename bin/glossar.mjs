#!/usr/bin/env node
// Entry point of `npm run build|check`: makes sure dependencies are installed, compiles the
// TypeScript pipeline into one ESM bundle when a source changed (so each run loads it once,
// without per-file transpiling), then runs the CLI.
import { readdirSync, statSync, existsSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeModules, projectRoot } from './setup.mjs';

ensureNodeModules();

const sourceDir = join(projectRoot, 'pipeline');
const bundle = join(projectRoot, '.build', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(sourceDir)) {
  const { build } = await import('esbuild');
  mkdirSync(join(projectRoot, '.build'), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(sourceDir, 'cli.ts')],
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

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
