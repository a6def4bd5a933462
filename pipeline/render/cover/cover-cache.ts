// Cover PNGs kept between builds, in node_modules/.cache/glossar-handbuch/, under a hash of all
// that decides their pixels: the cover page (metadata, cover.css and the embedded fonts are all
// in its HTML), the size, Chromium's build and flags, and the code that renders it. The same
// inputs give the same pixels, so a hit changes no byte of the EPUB; it only skips Chromium's
// capture, most of a small book's EPUB time. GLOSSAR_NO_CACHE=1 neither reads nor writes it,
// for measuring cold builds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags } from '../../browser/session.ts';
import { writeFileAtomic } from '../../output/atomic.ts';
import { projectRoot } from '../../templates.ts';

export interface CoverInputs {
  html: string;
  width: number;
  height: number;
  /** Which Chromium draws it: its executable's path, size and time (BrowserSession.browserIdentity). */
  browser: string;
}

const cacheDir = join(projectRoot, 'node_modules', '.cache', 'glossar-handbuch');
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The code that turns the inputs into pixels: this file as it runs, which is the whole bundled
 * CLI in a build, and the renderer next to it when run from source (tests).
 */
const codeVersion = (() => {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  try {
    hash.update(readFileSync(fileURLToPath(new URL('./render-cover.ts', import.meta.url))));
  } catch {
    // Bundled: render-cover.ts is part of the file hashed above.
  }
  return hash.digest('hex');
})();

export function coverKey(inputs: CoverInputs, code = codeVersion): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...inputs, flags: chromiumFlags, code }))
    .digest('hex');
}

const enabled = () => process.env.GLOSSAR_NO_CACHE !== '1';
const pathOf = (key: string) => join(cacheDir, `umschlag-${key}.png`);

export async function cachedCover(key: string): Promise<Uint8Array | undefined> {
  if (!enabled()) return undefined;
  try {
    const png = await readFile(pathOf(key));
    return pngSignature.every((byte, index) => png[index] === byte) ? png : undefined;
  } catch {
    return undefined;
  }
}

export async function keepCover(key: string, png: Uint8Array): Promise<void> {
  if (!enabled()) return;
  // A cache that cannot be written (read-only node_modules) only makes the next build slower.
  await writeFileAtomic(pathOf(key), png).catch(() => {});
}
