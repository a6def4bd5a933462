#!/usr/bin/env node
// The bare floor of the PDF step, to compare `build --only pdf` against: launch Chromium with the
// pipeline's flags and print one PDF of the handbook's print HTML, nothing else.
// Usage: node bench/pdf-floor.mjs [dist/print/handbuch.html]   (build the PDF once first)
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const html = resolve(process.argv[2] ?? 'dist/print/handbuch.html');
if (!existsSync(html)) {
  process.stderr.write(`No print document at ${html}; run \`node bin/glossar.mjs build --only pdf\` first.\n`);
  process.exit(2);
}
const executablePath = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
// The same flags as pipeline/browser/session.ts (a .mjs script cannot import the TypeScript).
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions', '--disable-default-apps', '--mute-audio', '--font-render-hinting=none'];
const profile = await mkdtemp(join(tmpdir(), 'glossar-floor-'));
const started = performance.now();
const browser = await puppeteer.launch({ executablePath, headless: true, args, userDataDir: profile, protocolTimeout: 0 });
try {
  const launched = performance.now();
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: 0 });
  const done = performance.now();
  process.stdout.write(`floor: ${Math.round(done - started)} ms (launch ${Math.round(launched - started)} ms, load + pdf ${Math.round(done - launched)} ms, ${pdf.length} bytes)\n`);
} finally {
  await browser.close();
  await rm(profile, { recursive: true, force: true });
}
