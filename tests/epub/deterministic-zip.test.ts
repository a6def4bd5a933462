import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../pipeline/render/epub/deterministic-zip.ts';

const text = (value: string) => new TextEncoder().encode(value);

const files: Array<[string, Uint8Array]> = [
  ['OEBPS/b.xhtml', text('<b/>')],
  ['mimetype', text('application/epub+zip')],
  ['META-INF/container.xml', text('<container/>')],
  ['OEBPS/a.xhtml', text('<a/>')],
];

describe('deterministicZip', () => {
  it('puts mimetype first and stored, then every file in code-unit order, without folders', async () => {
    const zip = await JSZip.loadAsync(await deterministicZip(files, new Date('2024-03-15T00:00:00Z')));
    expect(Object.keys(zip.files)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/a.xhtml', 'OEBPS/b.xhtml']);
    const bytes = await deterministicZip(files, new Date('2024-03-15T00:00:00Z'));
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true)).toBe(0);
  });

  it('gives the same bytes for the same files in any order', async () => {
    const date = new Date('2024-03-15T12:34:56Z');
    expect(await deterministicZip([...files].reverse(), date)).toEqual(await deterministicZip(files, date));
  });

  it('stamps every entry with the build date, clamped to 1980 (the zip epoch)', async () => {
    const zip = await JSZip.loadAsync(await deterministicZip(files, new Date('2024-03-15T12:34:56Z')));
    for (const file of Object.values(zip.files)) expect(file.date.toISOString()).toBe('2024-03-15T12:34:56.000Z');
    const early = await JSZip.loadAsync(await deterministicZip(files, new Date(0)));
    expect(early.files.mimetype!.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('refuses a container without mimetype', async () => {
    await expect(deterministicZip([['OEBPS/a.xhtml', text('')]], new Date())).rejects.toThrow('epub: the container has no `mimetype` file');
  });
});

describe('deterministicZip, compared with JSZip', () => {
  /** The same container packed with JSZip, as this module did before it wrote zips itself. */
  async function withJsZip(files: ReadonlyArray<readonly [string, Uint8Array]>, date: Date): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [path, data] of files) {
      const stored = path === 'mimetype' || path.endsWith('.png');
      zip.file(path, data, { compression: stored ? 'STORE' : 'DEFLATE', compressionOptions: { level: 9 }, date, createFolders: false });
    }
    return zip.generateAsync({ type: 'uint8array', platform: 'DOS' });
  }

  it('writes the bytes JSZip writes, for text and incompressible data deflated and images stored', async () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 70_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const container: Array<[string, Uint8Array]> = [
      ['mimetype', text('application/epub+zip')],
      ['META-INF/container.xml', text('<container/>')],
      ['OEBPS/images/rauschen.bin', noise],
      ['OEBPS/images/umschlag.png', noise],
      ['OEBPS/inklusion.xhtml', text('<p>Inklusion heißt: alle gehören dazu. '.repeat(400))],
      ['OEBPS/leer.xhtml', new Uint8Array()],
    ];
    const date = new Date('2024-03-15T12:34:56Z');
    expect(await deterministicZip(container, date)).toEqual(await withJsZip(container, date));
  });

  it('waits for files still on their way and gives the same bytes as when all were at hand', async () => {
    const date = new Date('2024-03-15T12:34:56Z');
    const later = files.map(([path, data]): [string, Promise<Uint8Array>] => [path, new Promise((resolve) => setTimeout(() => resolve(data), 5))]);
    expect(await deterministicZip(later, date)).toEqual(await deterministicZip(files, date));
  });
});
