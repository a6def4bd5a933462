// load → validate → transform → renderers. Nothing is written unless the content is clean.
import type { VFile } from 'vfile';
import { requireBrowser } from './browser/find-browser.ts';
import { withBrowser, type BrowserSession } from './browser/session.ts';
import type { Config, OutputTarget } from './config.ts';
import { exitCodes } from './errors.ts';
import { loadBookCached } from './load/load-cache.ts';
import type { Log } from './log.ts';
import { countMessages } from './messages.ts';
import type { Book } from './model.ts';
import type { RenderContext, Renderer } from './render/context.ts';
import { withBuildLock } from './output/build-lock.ts';
import { templatesDir } from './templates.ts';

// Each renderer is loaded when a build asks for it: pdf-lib and the hyphenation patterns alone
// take half a second to import, which an EPUB, site or `check` run would pay for nothing.
const renderers: Record<OutputTarget, { name: string; load: () => Promise<Renderer>; needsBrowser: boolean }> = {
  html: { name: 'html site', load: async () => (await import('./render/html/render-html.ts')).renderHtml, needsBrowser: false },
  pdf: { name: 'pdf', load: async () => (await import('./render/pdf/render-pdf.ts')).renderPdf, needsBrowser: true },
  epub: { name: 'epub', load: async () => (await import('./render/epub/render-epub.ts')).renderEpub, needsBrowser: true },
};

export interface BuildResult {
  exitCode: number;
  files: VFile[];
  book?: Book;
  outputs: string[];
  warnings: string[];
}

export async function runBuild(config: Config, log: Log): Promise<BuildResult> {
  const { book, files, timings, cacheStats, cacheSaved } = await loadBookCached({ contentDir: config.contentDir, drafts: config.drafts });
  if (timings) {
    log.record('load+validate', timings.readMs);
    log.record('transforms', timings.transformMs);
  }
  if (cacheStats) log.info(`${cacheStats.parsed} ${cacheStats.parsed === 1 ? 'file' : 'files'} parsed, ${cacheStats.reused} unchanged ones taken from the cache`);
  try {
    return await buildOutputs(config, log, files, book);
  } finally {
    await cacheSaved;
  }
}

async function buildOutputs(config: Config, log: Log, files: VFile[], book: Book | undefined): Promise<BuildResult> {
  const counts = countMessages(files);
  const failed = counts.errors > 0 || (config.strict && counts.warnings > 0);
  if (!book || failed) return { exitCode: exitCodes.content, files, outputs: [], warnings: [] };
  if (config.command === 'check') return { exitCode: exitCodes.ok, files, book, outputs: [], warnings: [] };

  const warnings: string[] = [];
  const targets = [...config.only];
  const needsBrowser = targets.some((target) => renderers[target].needsBrowser);
  const outputs: string[] = [];
  const renderAll = async (browser?: BrowserSession) => {
    const context: RenderContext = { config, log, ...(browser && { browser }), warn: (text) => warnings.push(text) };
    // All at once: while Chromium prints, Node builds the site and the e-book on the other core.
    // Every renderer runs to its end before a failure is reported, so none is cut off mid-write.
    const results = await Promise.allSettled(targets.map((target) => log.stage(renderers[target].name, async () => (await renderers[target].load())(book, context))));
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    for (const result of results) if (result.status === 'fulfilled') outputs.push(...result.value);
  };
  await withBuildLock(config.outDir, { waitMs: config.renderTimeoutMs, onWait: log.info }, async () => {
    if (needsBrowser) {
      const executablePath = requireBrowser({ mayInstall: true, log: log.info });
      await withBrowser(
        {
          executablePath,
          allowedRoots: [config.outDir, templatesDir, config.contentDir],
          timeoutMs: config.renderTimeoutMs,
          warn: (text) => warnings.push(text),
          onStart: (ms) => log.record('chromium start', ms),
          // The PDFs always need it: started before the renderers, whose synchronous work would
          // otherwise hold up its start (10 s instead of 1.5 s at 2,000 entries). An EPUB alone
          // starts it only to draw a cover that is not in the cache.
          eager: targets.includes('pdf'),
        },
        renderAll,
      );
    } else {
      await renderAll();
    }
  });
  return { exitCode: exitCodes.ok, files, book, outputs, warnings };
}
