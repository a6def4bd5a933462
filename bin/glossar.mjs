#!/usr/bin/env node
// Entry point of `npm run build|check|dev`: makes sure dependencies are installed, compiles the
// TypeScript pipeline into one ESM bundle when a source changed (so each run loads it once,
// without per-file transpiling), then runs the CLI.
import { bundleEntry } from './bundle.mjs';
import { ensureNodeModules } from './setup.mjs';

ensureNodeModules();

const { main } = await import(await bundleEntry('pipeline/cli.ts', 'cli'));
process.exitCode = await main(process.argv.slice(2));
