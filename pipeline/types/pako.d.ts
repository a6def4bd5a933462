// pako 1 ships no types; this is the part of its API the pipeline uses.
/** pako's port of zlib's stream, as its low-level deflate reads and writes it. */
declare module 'pako/lib/zlib/zstream.js' {
  export default class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
  }
}

declare module 'pako/lib/zlib/deflate.js' {
  import type ZStream from 'pako/lib/zlib/zstream.js';
  export function deflateInit2(stream: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number;
  export function deflate(stream: ZStream, flush: number): number;
  export function deflateReset(stream: ZStream): number;
}

/** pako's module object, shared by every importer (pdf-lib's streams call its `deflate`). */
declare module 'pako' {
  const pako: { deflate: (data: Uint8Array, options?: { level?: number }) => Uint8Array };
  export default pako;
}
