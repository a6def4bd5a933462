// Which Chromium the pipeline drives (find-browser.ts).
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../pipeline/browser/find-browser.ts';
import { EnvironmentError } from '../../pipeline/errors.ts';

describe('findBrowser', () => {
  it("prefers Debian's headless shell (installed by .ci/run) to the full chromium", () => {
    expect(findBrowser({ PATH: '' })).toBe('/usr/lib/chromium/chromium-headless-shell');
  });

  it('takes PUPPETEER_EXECUTABLE_PATH first, and refuses one that is not an executable', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/sh', PATH: '' })).toBe('/bin/sh');
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' })).toThrow(EnvironmentError);
  });
});
