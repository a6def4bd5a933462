// pdf-lib compresses every stream it writes (content streams of embedded pages, object streams,
// the cross-reference stream) with `pako.deflate`: zlib ported to JavaScript. At 500 entries that
// was 3.6 s of Node's 26 s of work in a whole build, 0.8 s of it only setting up a fresh deflate
// state (256 KB of tables) for each of thousands of small streams. Node's zlib does the same
// deflate (zlib format, level 6, 32 KB window) natively. pdf-lib looks `deflate` up on pako's one
// shared module object at every call, so it is replaced there, once, for every caller of
// `pako.deflate`.
import pako from 'pako';
import { constants, deflateSync } from 'node:zlib';

function nativeDeflate(data: Uint8Array, options: { level?: number } = {}): Uint8Array {
  // Copied into a plain Uint8Array of its own: a small Buffer may be a view into a shared pool.
  return new Uint8Array(deflateSync(data, { level: options.level ?? constants.Z_DEFAULT_COMPRESSION }));
}

pako.deflate = nativeDeflate;
