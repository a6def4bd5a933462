import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../pipeline/render/epub/deterministic-zip.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('deterministicZip', () => {
  const files: Array<[string, Uint8Array]> = [
    ['OEBPS/b.xhtml', text('<b/>')],
    ['mimetype', text('application/epub+zip')],
    ['META-INF/container.xml', text('<container/>')],
    ['OEBPS/a.xhtml', text('<a/>')],
  ];

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
