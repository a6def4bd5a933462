// The build's browser session for tests that render in Chromium: a missing Chromium fails the
// test (it is never skipped), and only `folder` may be loaded from.
import { findBrowser, installCommand } from '../../pipeline/browser/find-browser.ts';
import { withBrowser, type BrowserSession } from '../../pipeline/browser/session.ts';

export function withTestBrowser<T>(folder: string, use: (session: BrowserSession) => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(`No Chromium found: install it (${installCommand}) to run the print tests`);
  return withBrowser({ executablePath, allowedRoots: [folder], timeoutMs, warn: () => {} }, use);
}
