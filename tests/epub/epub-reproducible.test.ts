// Reproducible e-books (issue #6 §3): two builds of the same content, from different folders
// into different folders (and in different time zones), give the same bytes, by default
// (timestamp from the edition date) and with SOURCE_DATE_EPOCH.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../pipeline/browser/find-browser.ts';
import { buildEpub, fixtureContent, openEpub, projectRoot, realContent, removeTemporaryFolders, sha256, temporaryFolder } from './epub-kit.ts';

const coverCacheDir = join(projectRoot, 'node_modules', '.cache', 'glossar-handbuch');

afterAll(removeTemporaryFolders);

/** The same content, copied to a fresh folder and built from there, on the other side of the world. */
async function buildFromCopy(content: string, sourceDateEpoch?: string) {
  const folder = await temporaryFolder('glossar-epub-copy-');
  await cp(content, join(folder, 'content'), { recursive: true });
  const env = { TZ: 'Pacific/Kiritimati' };
  return buildEpub({ content: join(folder, 'content'), out: join(folder, 'ausgabe'), cwd: folder, env, ...(sourceDateEpoch !== undefined && { sourceDateEpoch }) });
}

describe('the EPUB is byte-for-byte reproducible', () => {
  it('for the handbook built twice, in different folders, with the edition date as timestamp', async () => {
    const first = await buildEpub({ content: realContent });
    const second = await buildFromCopy(realContent);
    expect(await sha256(second.epub)).toBe(await sha256(first.epub));
  }, 120_000);

  it('whether the cover is drawn by Chromium or taken from the cover cache', async () => {
    const cold = await buildEpub({ content: fixtureContent, env: { GLOSSAR_NO_CACHE: '1' } });
    await buildEpub({ content: fixtureContent });
    const warm = await buildEpub({ content: fixtureContent });
    expect((await readdir(coverCacheDir)).some((name) => /^umschlag-[0-9a-f]{64}\.png$/.test(name))).toBe(true);
    expect(await sha256(warm.epub)).toBe(await sha256(cold.epub));
  }, 180_000);

  it('for the fixture with SOURCE_DATE_EPOCH, which sets dcterms:modified and the zip timestamps', async () => {
    const epoch = '1700000000';
    const first = await buildEpub({ content: fixtureContent, sourceDateEpoch: epoch });
    const second = await buildFromCopy(fixtureContent, epoch);
    const other = await buildEpub({ content: fixtureContent });
    expect(await sha256(second.epub)).toBe(await sha256(first.epub));
    expect(await sha256(other.epub)).not.toBe(await sha256(first.epub));
    const epub = await openEpub(first.epub);
    expect(await epub.text('OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>');
    // Local file header of the first entry: DOS time and date of 2023-11-14 22:13:20 UTC.
    const view = new DataView(epub.bytes.buffer, epub.bytes.byteOffset);
    expect(view.getUint16(10, true)).toBe((22 << 11) | (13 << 5) | (20 / 2));
    expect(view.getUint16(12, true)).toBe(((2023 - 1980) << 9) | (11 << 5) | 14);
  }, 120_000);
});

describe('the EPUB cover cache', () => {
  it('spares the build starting Chromium when the cover is in it', async () => {
    // A Chromium that notes each start: its own path, size and time key the cache like any other build.
    const folder = await temporaryFolder('glossar-spy-');
    const starts = join(folder, 'starts.log');
    const spy = join(folder, 'chromium');
    await writeFile(spy, `#!/bin/sh\necho start >> '${starts}'\nexec '${findBrowser()}' "$@"\n`, { mode: 0o755 });
    const env = { PUPPETEER_EXECUTABLE_PATH: spy };
    const cold = await buildEpub({ content: fixtureContent, env });
    expect((await readFile(starts, 'utf8')).trim().split('\n')).toHaveLength(1);
    const warm = await buildEpub({ content: fixtureContent, env });
    expect((await readFile(starts, 'utf8')).trim().split('\n')).toHaveLength(1);
    expect(await sha256(warm.epub)).toBe(await sha256(cold.epub));
  }, 180_000);
});
