// Packs an EPUB container so that the same files always give the same bytes: `mimetype` first
// and stored (as OCF requires), then every file in code-unit order, deflated at level 9 unless
// it is an image (compressed already), all with one timestamp and no folder entries. The headers
// are laid out as JSZip lays them (DOS, "version 1.0"), as this file did with JSZip before.
//
// Deflate is Node's zlib, as for the PDFs' streams (pdf/native-deflate.ts). It was pako's
// JavaScript port before, so that the bytes would not depend on the machine's zlib build; yet the
// cover in every EPUB is a PNG Chromium draws on the machine, so they never were the same across
// machines anyway, and in a short build pako ran mostly unoptimized: 40 ms for the 145 KB of a
// 26-entry EPUB, 230 ms for 2.4 MB at 500 entries, against 4 ms and 45 ms natively.
// Built twice on one machine, an EPUB is still the same bytes (tests/epub/epub-reproducible.test.ts).
//
// A file may still be on its way (the cover, which Chromium draws meanwhile). Every file at hand
// is compressed first, so the wait overlaps with that work.
import { crc32, deflateRawSync } from 'node:zlib';
import { pacedMap } from '../../event-loop.ts';

export type ZipInput = readonly [path: string, data: Uint8Array | Promise<Uint8Array>];

interface Entry {
  name: Uint8Array;
  asciiName: boolean;
  /** 0: stored, 8: deflated. */
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Zip (DOS) timestamps start in 1980; earlier build dates are clamped to it. */
const zipEpoch = Date.UTC(1980, 0, 1);
const localHeaderSize = 30;
const centralHeaderSize = 46;
const endRecordSize = 22;
/**
 * Images are compressed already: deflating Chromium's cover PNG again saves 9 % of it, yet is
 * the slowest step of packing, and the cover, drawn meanwhile, is the last file to arrive.
 */
const compressedFormats = /\.(png|jpe?g|gif|webp)$/i;
/** Bit 11 of the flags: the name is UTF-8. */
const utf8Flag = 0x0800;

function toEntry(path: string, data: Uint8Array): Entry {
  // An empty file is stored, as JSZip does: deflating nothing takes two bytes.
  const stored = path === 'mimetype' || data.length === 0 || compressedFormats.test(path);
  return {
    name: new TextEncoder().encode(path),
    asciiName: /^[\x00-\x7f]*$/.test(path),
    method: stored ? 0 : 8,
    crc: crc32(data),
    size: data.length,
    // Copied out: a small Buffer may be a view into a pool shared with other buffers.
    data: stored ? data : new Uint8Array(deflateRawSync(data, { level: 9 })),
  };
}

function dosTimeAndDate(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

function layout(entries: readonly Entry[], date: Date): Uint8Array {
  const [time, day] = dosTimeAndDate(date);
  const localSize = entries.reduce((sum, entry) => sum + localHeaderSize + entry.name.length + entry.data.length, 0);
  const centralSize = entries.reduce((sum, entry) => sum + centralHeaderSize + entry.name.length, 0);
  const bytes = new Uint8Array(localSize + centralSize + endRecordSize);
  const view = new DataView(bytes.buffer);
  // The fields local and central headers share, from "version needed" to the name's length.
  const common = (at: number, entry: Entry) => {
    view.setUint16(at, 10, true);
    view.setUint16(at + 2, entry.asciiName ? 0 : utf8Flag, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, day, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.data.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.name.length, true);
  };
  let local = 0;
  let central = localSize;
  for (const entry of entries) {
    view.setUint32(local, 0x04034b50, true);
    common(local + 4, entry);
    bytes.set(entry.name, local + localHeaderSize);
    bytes.set(entry.data, local + localHeaderSize + entry.name.length);

    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, 0x0014, true); // made by: DOS, version 2.0
    common(central + 6, entry);
    view.setUint32(central + 42, local, true);
    bytes.set(entry.name, central + centralHeaderSize);

    local += localHeaderSize + entry.name.length + entry.data.length;
    central += centralHeaderSize + entry.name.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return bytes;
}

export async function deterministicZip(files: ReadonlyArray<ZipInput>, date: Date): Promise<Uint8Array> {
  const mimetype = files.find(([path]) => path === 'mimetype');
  if (!mimetype) throw new Error('epub: the container has no `mimetype` file');
  const rest = files.filter(([path]) => path !== 'mimetype').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered = [mimetype, ...rest];
  const entries = new Map<string, Entry>();
  const atHand = ordered.filter((file): file is readonly [string, Uint8Array] => ArrayBuffer.isView(file[1]));
  await pacedMap(atHand, ([path, data]) => entries.set(path, toEntry(path, data)));
  for (const [path, data] of ordered) if (!entries.has(path)) entries.set(path, toEntry(path, await data));
  return layout(
    ordered.map(([path]) => entries.get(path)!),
    new Date(Math.max(date.getTime(), zipEpoch)),
  );
}
