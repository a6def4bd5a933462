// Renders the cover page to a PNG with the build's shared Chromium. The page loads nothing
// (fonts are embedded) and runs no script; the same content gives the same pixels.
// Opening (layout, fonts) and capturing are two steps, so a caller doing other work meanwhile
// can see the slow part, the capture, under way before it blocks Node for long. A PNG made
// before from the same inputs is taken from the cache (cover-cache.ts) instead, and then
// Chromium is not started for it.
import type { BrowserSession } from '../../browser/session.ts';
import { codeVersion } from '../../build-cache.ts';
import type { BookMeta } from '../../model.ts';
import { cachedCover, coverKey, keepCover } from './cover-cache.ts';
import { coverHtml } from './cover-page.ts';

export interface CoverSize {
  width: number;
  height: number;
}

/** 1600 × 2400 px: the 2:3 portrait most e-book stores and readers expect. */
export const defaultCoverSize: CoverSize = { width: 1600, height: 2400 };

/** The cover laid out in its own tab, fonts loaded, or found in the cache. */
export interface OpenCover {
  /** The PNG; closes the tab. */
  capture(): Promise<Uint8Array>;
}

export async function openCover(session: BrowserSession, meta: BookMeta, size: CoverSize = defaultCoverSize): Promise<OpenCover> {
  const html = coverHtml(meta);
  const key = coverKey({ html, ...size, browser: session.browserIdentity }, codeVersion());
  // Looked up before a tab is asked for: a hit needs no Chromium at all.
  const cached = await cachedCover(key);
  if (cached) return { capture: async () => cached };
  const page = await session.newPage();
  // Not awaited: once the PNG is there (or the page failed), closing the tab need not hold up
  // the EPUB. The session closes the browser, and so any tab, at the end of the build.
  const close = () => void page.close().catch(() => {});
  try {
    // Sent together: each is a round trip to Chromium, and the layout settles before the capture.
    await Promise.all([page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 }), page.setContent(html, { waitUntil: 'load' })]);
    await page.evaluate('document.fonts.ready');
  } catch (error) {
    close();
    throw error;
  }
  return {
    async capture() {
      try {
        // The viewport is the cover, so no clip: with one, Chromium captures "beyond the
        // viewport", which lays the page out again for the same pixels.
        const png = await page.screenshot({ type: 'png' });
        await keepCover(key, png);
        return png;
      } finally {
        close();
      }
    },
  };
}
