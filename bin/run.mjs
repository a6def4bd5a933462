#!/usr/bin/env node
// Runs a TypeScript script of the repository, e.g. `node bin/run.mjs bench/generate-corpus.ts
// --entries 500`: bundles it once (see bundle.mjs) and calls its exported `main(argv)`, whose
// number is the exit code. No TypeScript loader is needed at run time.
import { bundleName, importBundled } from './bundle.mjs';
import { ensureNodeModules } from './setup.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith('.ts')) {
  process.stderr.write('Usage: node bin/run.mjs <script.ts> [arguments …]\n');
  process.exit(2);
}
ensureNodeModules();
const script = await importBundled(entry, bundleName(entry));
if (typeof script.main !== 'function') {
  process.stderr.write(`${entry} exports no main(argv) function\n`);
  process.exit(2);
}
process.exitCode = await script.main(args);
