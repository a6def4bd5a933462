#!/usr/bin/env node
// Entry point of `npm run build|check|dev`: makes sure dependencies are installed, compiles the
// TypeScript pipeline into one bundle when a source changed (so each run loads it once, without
// per-file transpiling, and with the code V8 compiled for the last run), then runs the CLI.
import { importBundled } from './bundle.mjs';
import { ensureNodeModules } from './setup.mjs';

ensureNodeModules();

const { main } = await importBundled('pipeline/cli.ts', 'cli');
process.exitCode = await main(process.argv.slice(2));
