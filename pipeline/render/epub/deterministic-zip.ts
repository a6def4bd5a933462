// Packs an EPUB container so that the same files always give the same bytes: `mimetype` first
// and stored (as OCF requires), then every file in code-unit order, deflated at level 9, all
// with one timestamp and no folder entries.
import JSZip from 'jszip';

/** Zip (DOS) timestamps start in 1980; earlier build dates are clamped to it. */
const zipEpoch = Date.UTC(1980, 0, 1);

export async function deterministicZip(files: ReadonlyArray<readonly [string, Uint8Array]>, date: Date): Promise<Uint8Array> {
  const mimetype = files.find(([path]) => path === 'mimetype');
  if (!mimetype) throw new Error('epub: the container has no `mimetype` file');
  const stamp = new Date(Math.max(date.getTime(), zipEpoch));
  const zip = new JSZip();
  zip.file('mimetype', mimetype[1], { compression: 'STORE', date: stamp, createFolders: false });
  const rest = files.filter(([path]) => path !== 'mimetype').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, data] of rest) zip.file(path, data, { compression: 'DEFLATE', compressionOptions: { level: 9 }, date: stamp, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', platform: 'DOS' });
}
