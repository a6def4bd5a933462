// The `dev` command: starts the dev server and keeps it running until Ctrl-C.
import { relative } from 'node:path';
import { closeAllBrowsers } from '../browser/session.ts';
import type { Config } from '../config.ts';
import { EnvironmentError, exitCodes } from '../errors.ts';
import { startDevServer } from './dev-server.ts';

export async function runDev(config: Config): Promise<number> {
  const log = (text: string) => process.stderr.write(`${text}\n`);
  let server;
  try {
    server = await startDevServer({ contentDir: config.contentDir, drafts: config.drafts, strict: config.strict, port: config.port, log });
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    log(`glossar: ${error.message}`);
    return exitCodes.environment;
  }
  log(`glossar dev: serving ${server.url} (print preview: ${server.url}_print); watching ${relative(process.cwd(), config.contentDir) || '.'} and templates/; Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log('glossar dev: stopping');
  await Promise.allSettled([server.close(), closeAllBrowsers()]);
  return exitCodes.ok;
}
