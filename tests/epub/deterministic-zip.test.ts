import { inflateRawSync } from 'node:zlib';
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

  interface ZipRecord {
    name: string;
    /** The central header from "version made by" to the uncompressed size, without the compressed size. */
    fields: number[];
    data: Uint8Array;
  }

  /** The entries of a zip as its central directory lists them, with their data as stored. */
  function records(zip: Uint8Array): ZipRecord[] {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.byteLength - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    const found: ZipRecord[] = [];
    let at = view.getUint32(end + 16, true);
    for (let index = 0; index < view.getUint16(end + 10, true); index++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      found.push({
        name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
        fields: [4, 6, 8, 10, 12, 14].map((offset) => view.getUint16(at + offset, true)).concat([view.getUint32(at + 16, true), view.getUint32(at + 24, true)]),
        data: zip.subarray(start, start + view.getUint32(at + 20, true)),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return found;
  }

  it('writes the headers JSZip writes, stores what it stores, and deflates the rest to what inflates to the file', async () => {
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
    const ours = records(await deterministicZip(container, date));
    const theirs = records(await withJsZip(container, date));
    // Names, order, versions, flags, methods, times, checksums and sizes as JSZip has them …
    expect(ours.map(({ name, fields }) => ({ name, fields }))).toEqual(theirs.map(({ name, fields }) => ({ name, fields })));
    for (const [index, record] of ours.entries()) {
      const original = new Map(container).get(record.name)!;
      // … stored entries byte for byte, deflated ones (Node's zlib, not JSZip's pako) inflating to the file.
      if (record.fields[3] === 0) expect(record.data).toEqual(theirs[index]!.data);
      else expect(new Uint8Array(inflateRawSync(record.data))).toEqual(original);
    }
    expect(ours.map((record) => record.fields[3])).toEqual([0, 8, 8, 0, 8, 0]);
    // Compressed hard (level 9): 16 KB of repeated text take a few hundred bytes at most.
    expect(ours.find((record) => record.name === 'OEBPS/inklusion.xhtml')!.data.length).toBeLessThan(500);
  });

  it('waits for files still on their way and gives the same bytes as when all were at hand', async () => {
    const date = new Date('2024-03-15T12:34:56Z');
    const later = files.map(([path, data]): [string, Promise<Uint8Array>] => [path, new Promise((resolve) => setTimeout(() => resolve(data), 5))]);
    expect(await deterministicZip(later, date)).toEqual(await deterministicZip(files, date));
  });
});
