// The build's browser session starts Chromium only when a page is first asked for.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../pipeline/browser/find-browser.ts';
import { withBrowser } from '../../pipeline/browser/session.ts';
import { EnvironmentError } from '../../pipeline/errors.ts';
import { withTestBrowser } from '../helpers/test-browser.ts';

const nowhere = { executablePath: '/nonexistent/chromium', allowedRoots: ['/tmp'], timeoutMs: 10_000, warn: () => {} };

describe('withBrowser starts Chromium on demand', () => {
  it('starts nothing when no page is asked for, so a missing executable is no error then', async () => {
    const result = await withBrowser(nowhere, async (session) => {
      expect(session.started).toBe(false);
      return 'done';
    });
    expect(result).toBe('done');
  });

  it('fails with an environment error when the first page cannot start Chromium', async () => {
    const failure = await withBrowser(nowhere, (session) => session.newPage()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EnvironmentError);
    expect((failure as Error).message).toContain('Could not start Chromium (/nonexistent/chromium)');
  });

  it('starts Chromium once for all pages, and tells the executable apart without starting it', async () => {
    await withTestBrowser('/tmp', async (session) => {
      expect(session.started).toBe(false);
      expect(session.browserIdentity).toMatch(/\S+ \d+ \d+$/);
      const [first, second] = await Promise.all([session.newPage(), session.newPage()]);
      expect(session.started).toBe(true);
      expect(first.browser()).toBe(second.browser());
    });
  }, 60_000);
});

describe('withBrowser with eager', () => {
  it('runs use while Chromium starts, and reports a failed start to the first page asked for', async () => {
    let ran = false;
    const failure = await withBrowser({ ...nowhere, eager: true }, async (session) => {
      ran = true;
      return session.newPage();
    }).catch((error: unknown) => error);
    expect(ran).toBe(true);
    expect(failure).toBeInstanceOf(EnvironmentError);
    expect((failure as Error).message).toContain('Could not start Chromium (/nonexistent/chromium)');
  });

  it('ignores a failed start when no page is asked for (content with errors)', async () => {
    await expect(withBrowser({ ...nowhere, eager: true }, async () => 'checked')).resolves.toBe('checked');
  });

  it('cuts short a start no page was asked for: its Chromium is gone when withBrowser returns', async () => {
    // The profile folder of this session's Chromium is under a TMPDIR of this test's own, so its processes can be told apart.
    const previous = process.env.TMPDIR;
    const ownTmp = await mkdtemp(join(tmpdir(), 'eager-'));
    process.env.TMPDIR = ownTmp;
    try {
      const executablePath = findBrowser();
      expect(executablePath, 'Chromium must be installed (.ci/run installs it)').toBeTruthy();
      let sawChromium = false;
      let startedAfter: number | undefined;
      const onStart = (ms: number) => (startedAfter = ms);
      await withBrowser({ ...nowhere, executablePath: executablePath!, eager: true, onStart }, async (session) => {
        // Chromium's process shows up at once, while use goes on; then use returns without a page.
        for (let tries = 0; tries < 100 && !sawChromium; tries++) {
          sawChromium = chromiumProcessesUnder(ownTmp).length > 0;
          if (!sawChromium) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(session.started).toBe(false);
      });
      expect(sawChromium).toBe(true);
      // Not waited for until it was up, and then closed: it never came up.
      expect(startedAfter).toBeUndefined();
      expect(chromiumProcessesUnder(ownTmp)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await rm(ownTmp, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Live processes whose command line names a path under `folder`. */
function chromiumProcessesUnder(folder: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/\) Z /.test(status)) continue; // a zombie is dead, only not yet reaped
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(folder)) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
