// The floor the handbook is measured against: a bare Puppeteer script that launches Chromium and
// prints our own print HTML once with page.pdf() — no second pass, no post-processing. It asks
// for the same tagged PDF with an outline that the handbook has, so the comparison is fair.
//
//   node bin/run.mjs bench/floor.ts dist/print/handbuch.html /tmp/floor.pdf
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../pipeline/browser/find-browser.ts';
import { chromiumFlags } from '../pipeline/browser/session.ts';

export async function printFloor(html: string, pdf: string): Promise<number> {
  const started = performance.now();
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found (set PUPPETEER_EXECUTABLE_PATH)');
  // No protocol timeout: at 2,000 entries one print takes longer than puppeteer's default of 3 minutes.
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumFlags, protocolTimeout: 0 });
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load', timeout: 0 });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: 0 });
  } finally {
    await browser.close();
  }
  return performance.now() - started;
}

export async function main([html, pdf]: string[]): Promise<number> {
  if (!html || !pdf) {
    process.stderr.write('Usage: node bin/run.mjs bench/floor.ts <print.html> <out.pdf>\n');
    return 2;
  }
  process.stdout.write(`${JSON.stringify({ ms: await printFloor(html, pdf) })}\n`);
  return 0;
}
