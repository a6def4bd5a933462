// Renders the cover page to a PNG with the build's shared Chromium. The page loads nothing
// (fonts are embedded) and runs no script; the same content gives the same pixels.
import type { BrowserSession } from '../../browser/session.ts';
import type { BookMeta } from '../../model.ts';
import { coverHtml } from './cover-page.ts';

export interface CoverSize {
  width: number;
  height: number;
}

/** 1600 × 2400 px: the 2:3 portrait most e-book stores and readers expect. */
export const defaultCoverSize: CoverSize = { width: 1600, height: 2400 };

export async function renderCoverPng(session: BrowserSession, meta: BookMeta, size: CoverSize = defaultCoverSize): Promise<Uint8Array> {
  const page = await session.newPage();
  try {
    await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
    await page.setContent(coverHtml(meta), { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: size.width, height: size.height } });
  } finally {
    await page.close();
  }
}
