// The handbook PDF on its own, from the content to the file, in one process: what the floor
// (bench/floor.ts) is compared with on equal terms. In a whole build the handbook shares the two
// cores with the handouts, which are printed alongside it.
//
//   node bin/run.mjs bench/handbook-alone.ts <content> <out-dir>
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { findBrowser } from '../pipeline/browser/find-browser.ts';
import { withBrowser } from '../pipeline/browser/session.ts';
import { loadBookCached } from '../pipeline/load/load-cache.ts';
import { createLog } from '../pipeline/log.ts';
import { renderHandbook } from '../pipeline/render/pdf/handbook.ts';
import { writePrintAssets } from '../pipeline/render/print/print-assets.ts';
import { templatesDir } from '../pipeline/templates.ts';

export async function main([content, out]: string[]): Promise<number> {
  if (!content || !out) {
    process.stderr.write('Usage: node bin/run.mjs bench/handbook-alone.ts <content> <out-dir>\n');
    return 2;
  }
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found (set PUPPETEER_EXECUTABLE_PATH)');
  // With the load cache, as a build uses it, unless GLOSSAR_NO_CACHE=1.
  const { book, cacheSaved } = await loadBookCached({ contentDir: resolve(content), drafts: true });
  await cacheSaved;
  if (!book) throw new Error(`${content} does not load without errors`);
  const printDir = resolve(out, 'print');
  await mkdir(printDir, { recursive: true });
  await writePrintAssets(printDir, book);
  const log = createLog();
  const warnings: string[] = [];
  const session = { executablePath, allowedRoots: [printDir, templatesDir, resolve(content)], timeoutMs: 3_600_000, warn: (text: string) => warnings.push(text) };
  const handbook = await withBrowser(session, (browser) => renderHandbook(book, browser, printDir, { log, warn: (text) => warnings.push(text) }, { numbersOf: resolve(out) }));
  await writeFile(join(out, 'handbuch.pdf'), handbook.pdf);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`${JSON.stringify({ pages: handbook.pageCount, measures: handbook.measures, renders: handbook.renders, prints: handbook.prints })}\n`);
  return 0;
}
