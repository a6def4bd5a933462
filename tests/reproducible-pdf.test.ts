// Issue #6 §3: two builds of the same content, in different folders and at different times,
// give byte-identical PDFs (handbook, booklet, every handout).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findBrowser, installCommand } from '../pipeline/browser/find-browser.ts';
import { chromiumFlags } from '../pipeline/browser/session.ts';
import { projectRoot, runCli, snapshotTree } from './helpers.ts';

/** Builds the PDFs of a copy of content/; returns the output folder. */
function buildPdfFolder(env: NodeJS.ProcessEnv = {}, only = 'pdf'): string {
  // A copy of the content in a fresh folder: absolute paths must not leak into the output.
  const content = join(mkdtempSync(join(tmpdir(), 'glossar-repro-content-')), 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'glossar-repro-out-'));
  const run = runCli(['build', ...(only === 'all' ? [] : ['--only', only]), '--content', content, '--out', out], { env });
  expect(run.status, run.stderr).toBe(0);
  return out;
}

function buildPdfs(env: NodeJS.ProcessEnv = {}, only = 'pdf'): Record<string, string> {
  const hashes = snapshotTree(join(buildPdfFolder(env, only), 'pdf'));
  expect(Object.keys(hashes).filter((path) => path.startsWith('blaetter/'))).toHaveLength(26);
  return hashes;
}

/**
 * Chromium's own print of `html` from a background tab, while the browser's visible launch tab
 * is kept open or was closed.
 */
async function printBeside(html: string, visibleTab: boolean): Promise<string> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(`No Chromium found: install it (${installCommand})`);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumFlags, pipe: true });
  try {
    if (!visibleTab) for (const tab of await browser.pages()) await tab.close();
    const page = await browser.newPage({ background: true });
    await page.goto(pathToFileURL(html).href);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    // Blanked: the dates, and the structure elements' ids (and the table headers' references to
    // them), which count the renderer's DOM nodes (the pipeline numbers them anew, structure-ids.ts).
    return Buffer.from(pdf).toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '').replace(/\(node\d+\)/g, '(node)');
  } finally {
    await browser.close();
  }
}

describe('reproducible PDFs', () => {
  it('are byte-identical across folders, times and time zones', () => {
    const first = buildPdfs({ TZ: 'UTC' });
    const second = buildPdfs({ TZ: 'America/New_York' });
    expect(second).toEqual(first);
  }, 240_000);

  it('are the same whether the build drew the EPUB cover in the same browser or not', () => {
    const alone = buildPdfs();
    const withCover = buildPdfs({ GLOSSAR_NO_CACHE: '1' }, 'all');
    expect(withCover).toEqual(alone);
  }, 240_000);

  it('are the same in the editing loop (parsed files and page numbers from the last build) as built cold', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'glossar-repro-content-')), 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'glossar-repro-out-'));
    const build = (folder: string, env: NodeJS.ProcessEnv = {}) => {
      const run = runCli(['build', '--only', 'pdf', '--content', content, '--out', folder], { env });
      expect(run.status, run.stderr).toBe(0);
      return run.stderr;
    };
    build(out);
    // What an editor does between two builds: a sentence more in one entry.
    const entry = join(content, 'glossar', 'regionale-bildungsnetzwerke.md');
    writeFileSync(entry, `${readFileSync(entry, 'utf8').trimEnd()}\n\nEin Satz mehr, damit sich etwas ändert.\n`);
    const warm = build(out);
    expect(warm).toMatch(/glossar: 1 file parsed, \d+ unchanged ones taken from the cache/);
    // The last build's numbers held: one screen layout, not two.
    expect(warm).toMatch(/handbook: \d+ pages after 1 screen layouts, 1 renders and 1 prints/);
    const cold = mkdtempSync(join(tmpdir(), 'glossar-repro-out-'));
    expect(build(cold, { GLOSSAR_NO_CACHE: '1' })).toMatch(/handbook: \d+ pages after 2 screen layouts/);
    expect(snapshotTree(join(out, 'pdf'))).toEqual(snapshotTree(join(cold, 'pdf')));
  }, 240_000);

  it('print the same whether Chromium has a visible tab or not', async () => {
    // Chromium printed dotted borders as a dashed line or as thousands of squares, depending on
    // a visible tab; the build closes Chromium's launch tab, so nothing may depend on one.
    const handbook = join(buildPdfFolder(), 'print', 'handbuch.html');
    const withVisibleTab = await printBeside(handbook, true);
    const withoutVisibleTab = await printBeside(handbook, false);
    expect(withoutVisibleTab.length).toBe(withVisibleTab.length);
    expect(withoutVisibleTab === withVisibleTab).toBe(true);
  }, 240_000);

  it('take their dates from SOURCE_DATE_EPOCH when it is set', () => {
    const first = buildPdfs({ SOURCE_DATE_EPOCH: '1700000000' });
    const second = buildPdfs({ SOURCE_DATE_EPOCH: '1700000000' });
    expect(second).toEqual(first);
    const byEdition = buildPdfs();
    expect(byEdition['glossar-kulturelle-schulentwicklung.pdf']).not.toBe(first['glossar-kulturelle-schulentwicklung.pdf']);
  }, 360_000);
});
