#!/usr/bin/env node
// Installs npm packages when they are missing or older than the lock file. Runs before anything
// that needs them, so that a fresh clone needs nothing but `npm run build` and `npm test`.
// Uses only Node's standard library: it must work before `npm ci` has run.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** Written by every `npm ci` or `npm install`: when the packages were last installed. */
export const installMarker = join('node_modules', '.package-lock.json');

function installIsCurrent() {
  const marker = join(projectRoot, installMarker);
  const lock = join(projectRoot, 'package-lock.json');
  if (!existsSync(marker)) return false;
  return !existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

export function ensureNodeModules() {
  if (installIsCurrent()) return;
  process.stderr.write('glossar: installing npm packages (npm ci) …\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Neither Puppeteer nor Electron may download browsers: the network here has only the
    // registries, and a half-finished download would look like success.
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write('glossar: `npm ci` failed; fix the error above and run the command again.\n');
    process.exit(3);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureNodeModules();
