// Cover PNGs kept between builds (see build-cache.ts), under a hash of all that decides their
// pixels: the cover page (metadata, cover.css and the embedded fonts are all in its HTML), the
// size, Chromium's build and flags, and the code that renders it. A hit skips Chromium's capture,
// most of a small book's EPUB time.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumFlags } from '../../browser/session.ts';
import { cacheDir, cacheEnabled } from '../../build-cache.ts';
import { writeFileAtomic } from '../../output/atomic.ts';

export interface CoverInputs {
  html: string;
  width: number;
  height: number;
  /** Which Chromium draws it: its executable's path, size and time (BrowserSession.browserIdentity). */
  browser: string;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `code` is the version of the code that draws the cover (build-cache.ts, codeVersion). */
export function coverKey(inputs: CoverInputs, code: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...inputs, flags: chromiumFlags, code }))
    .digest('hex');
}

const pathOf = (key: string) => join(cacheDir, `umschlag-${key}.png`);

export async function cachedCover(key: string): Promise<Uint8Array | undefined> {
  if (!cacheEnabled()) return undefined;
  try {
    const png = await readFile(pathOf(key));
    return pngSignature.every((byte, index) => png[index] === byte) ? png : undefined;
  } catch {
    return undefined;
  }
}

export async function keepCover(key: string, png: Uint8Array): Promise<void> {
  if (!cacheEnabled()) return;
  // A cache that cannot be written (read-only node_modules) only makes the next build slower.
  await writeFileAtomic(pathOf(key), png).catch(() => {});
}
