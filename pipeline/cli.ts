// argv → config → build; prints every content message at once and the summary; sets the exit code.
import { relative } from 'node:path';
import { reporter } from 'vfile-reporter';
import { closeAllBrowsers } from './browser/session.ts';
import { runBuild } from './build.ts';
import { parseConfig, usage, type Config } from './config.ts';
import { EnvironmentError, exitCodes, UsageError } from './errors.ts';
import { createLog } from './log.ts';
import { countMessages } from './messages.ts';
import { removePendingOutputs } from './output/atomic.ts';

function onInterrupt(): void {
  process.stderr.write('\nglossar: interrupted; closing the browser and removing temporary files …\n');
  void Promise.allSettled([closeAllBrowsers(), removePendingOutputs()]).then(() => process.exit(exitCodes.interrupted));
}

export async function main(argv: string[]): Promise<number> {
  let config: Config;
  try {
    config = parseConfig(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`glossar: ${error.message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
  if (config.help) {
    process.stdout.write(`${usage}\n`);
    return exitCodes.ok;
  }
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  const log = createLog();
  const started = performance.now();
  try {
    const result = await runBuild(config, log);
    const report = reporter(result.files, { quiet: true });
    if (report) process.stderr.write(`${report}\n`);
    for (const warning of result.warnings) process.stderr.write(`glossar: warning: ${warning}\n`);
    const counts = countMessages(result.files);
    if (result.exitCode !== exitCodes.ok) {
      const why = counts.errors > 0 ? `${counts.errors} error${counts.errors === 1 ? '' : 's'}` : `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} (--strict)`;
      process.stderr.write(`glossar: ${config.command} failed: ${why} in the content; nothing was written.\n`);
      return result.exitCode;
    }
    const book = result.book!;
    const drafts = book.entries.filter((entry) => entry.draft).length;
    const summary = [
      `${book.entries.length} entries (${drafts} drafts)`,
      `${book.news.length} news`,
      `${book.pages.length} pages`,
      `${counts.warnings + result.warnings.length} warnings`,
    ];
    if (config.command === 'build') summary.push(`${result.outputs.length} outputs in ${relative(process.cwd(), config.outDir) || '.'}`);
    log.info(`${config.command === 'check' ? 'content is valid' : 'done'}: ${summary.join(', ')}; ${Math.round(performance.now() - started)} ms`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`glossar: ${error.message}\n`);
      return exitCodes.environment;
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await Promise.allSettled([closeAllBrowsers(), removePendingOutputs()]);
  }
}
