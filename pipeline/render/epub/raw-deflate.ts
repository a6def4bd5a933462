// One pako deflate state for every file of a container. pako.deflateRaw sets up a new state for
// each file (about 250 KB of tables, zeroed), which was a third of packing the EPUB of 26 entries
// (deflateInit2 32 of 85 ms, and the garbage after it); reset between files, the same state gives
// the same bytes (checked on whole EPUBs). Raw deflate, 32 KB window, pako's (and zlib's) defaults.
import { deflate, deflateInit2, deflateReset } from 'pako/lib/zlib/deflate.js';
import ZStream from 'pako/lib/zlib/zstream.js';

const zOk = 0;
const zStreamEnd = 1;
const zFinish = 4;
const zDeflated = 8;
const zDefaultStrategy = 0;
const rawWindowBits = -15;
const memLevel = 8;

export class RawDeflater {
  readonly #stream = new ZStream();

  constructor(level: number) {
    if (deflateInit2(this.#stream, level, zDeflated, rawWindowBits, memLevel, zDefaultStrategy) !== zOk) throw new Error(`pako: cannot deflate at level ${level}`);
  }

  deflate(data: Uint8Array): Uint8Array {
    const stream = this.#stream;
    // Room for the worst case, stored blocks: 5 bytes of header per block of 16 KB or more.
    const output = new Uint8Array(data.length + (data.length >> 10) + 64);
    stream.input = data;
    stream.next_in = 0;
    stream.avail_in = data.length;
    stream.output = output;
    stream.next_out = 0;
    stream.avail_out = output.length;
    const status = deflate(stream, zFinish);
    const length = stream.next_out;
    deflateReset(stream);
    if (status !== zStreamEnd) throw new Error(`pako: deflate stopped with status ${status}`);
    return output.slice(0, length);
  }
}
