// argv → config → build; prints every content message at once and the summary; sets the exit code.
import { relative } from 'node:path';
import { closeAllBrowsers } from './browser/session.ts';
import { runBuild } from './build.ts';
import { parseConfig, usage, type Config } from './config.ts';
import { EnvironmentError, exitCodes, UsageError } from './errors.ts';
import { createLog } from './log.ts';
import { countMessages } from './messages.ts';
import { removePendingOutputs, removePendingOutputsNow } from './output/atomic.ts';
import { formatReport } from './report.ts';

function onInterrupt(): void {
  process.stderr.write('\nglossar: interrupted; closing the browser and removing temporary files …\n');
  void closeAllBrowsers()
    .catch(() => undefined)
    .then(() => {
      removePendingOutputsNow();
      process.exit(exitCodes.interrupted);
    });
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

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
  if (config.command === 'dev') return (await import('./dev/run-dev.ts')).runDev(config);
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  const log = createLog();
  const started = performance.now();
  try {
    const result = await runBuild(config, log);
    process.stderr.write(formatReport(result.files));
    for (const warning of result.warnings) process.stderr.write(`glossar: warning: ${warning}\n`);
    const counts = countMessages(result.files);
    if (result.exitCode !== exitCodes.ok) {
      const why = counts.errors > 0 ? plural(counts.errors, 'error', 'errors') : `${plural(counts.warnings, 'warning', 'warnings')} (--strict)`;
      process.stderr.write(`glossar: ${config.command} failed: ${why} in the content; nothing was written.\n`);
      return result.exitCode;
    }
    const book = result.book!;
    const drafts = book.entries.filter((entry) => entry.draft).length;
    const summary = [
      plural(book.entries.length, 'entry', 'entries') + ` (${plural(drafts, 'draft', 'drafts')})`,
      plural(book.news.length, 'news item', 'news items'),
      plural(book.pages.length, 'page', 'pages'),
      plural(counts.warnings + result.warnings.length, 'warning', 'warnings'),
    ];
    if (config.command === 'build') summary.push(`${plural(result.outputs.length, 'output', 'outputs')} in ${relative(process.cwd(), config.outDir) || '.'}`);
    log.info(`${config.command === 'check' ? 'content is valid' : 'done'}: ${summary.join(', ')}; ${Math.round(performance.now() - started)} ms`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`glossar: ${error.message}\n`);
      return exitCodes.environment;
    }
    // Not the content's fault and not a known environment problem: say so, keep the details.
    process.stderr.write(`glossar: unexpected error; no output was written. This is probably a bug in glossar-handbuch, please report it:\n${(error as Error).stack ?? String(error)}\n`);
    return exitCodes.environment;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await Promise.allSettled([closeAllBrowsers(), removePendingOutputs()]);
  }
}
