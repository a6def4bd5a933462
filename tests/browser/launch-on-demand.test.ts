// The build's browser session starts Chromium only when a page is first asked for.
import { describe, expect, it } from 'vitest';
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

  it("closes Chromium's launch tab: the pages asked for are the only ones", async () => {
    await withTestBrowser('/tmp', async (session) => {
      const page = await session.newPage();
      const pageTargets = page.browser().targets().filter((target) => target.type() === 'page');
      expect(pageTargets).toEqual([page.target()]);
    });
  }, 60_000);
});

describe('withBrowser with eager', () => {
  it('starts Chromium before use runs, and fails there when it cannot', async () => {
    let ran = false;
    const failure = await withBrowser({ ...nowhere, eager: true }, async () => {
      ran = true;
    }).catch((error: unknown) => error);
    expect(ran).toBe(false);
    expect(failure).toBeInstanceOf(EnvironmentError);
  });
});
