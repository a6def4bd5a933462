// Where the page furniture lives: CSS and any static files under templates/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  // Works both from pipeline/*.ts (tests) and from the bundle in .build/cli.mjs.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!readdirHas(dir, 'package.json')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the project root (package.json)');
    dir = parent;
  }
  return dir;
}

function readdirHas(dir: string, name: string): boolean {
  try {
    readFileSync(join(dir, name));
    return true;
  } catch {
    return false;
  }
}

export const projectRoot = findProjectRoot();
export const templatesDir = join(projectRoot, 'templates');

export function readTemplate(name: string): string {
  return readFileSync(join(templatesDir, name), 'utf8');
}
