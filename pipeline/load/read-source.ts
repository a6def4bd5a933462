// Reads one content file into a VFile. Encoding problems are reported here, with the byte offset,
// because every later stage would only see garbled text.
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { reportError } from '../messages.ts';

/** Larger files are refused: the pipeline keeps every source in memory several times over. */
export const maxSourceBytes = 8 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    const sequence = bytes.subarray(index, index + length);
    try {
      strictUtf8.decode(sequence);
    } catch {
      return index; // overlong forms and surrogates
    }
    index += length;
  }
  return -1;
}

function pointAt(text: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export interface SourceFile {
  file: VFile;
  /** False when the text cannot be parsed at all (not UTF-8, too large); messages say why. */
  readable: boolean;
}

/** `bytes` are the file's, when the caller has read them already. */
export async function readSource(path: string, displayPath: string, bytes?: Uint8Array): Promise<SourceFile> {
  bytes ??= await readFile(path);
  const file = new VFile({ path: displayPath, value: '' });
  file.data.absolutePath = path;
  if (bytes.length > maxSourceBytes) {
    reportError(file, `File is ${(bytes.length / 1048576).toFixed(1)} MB; entries may be at most ${maxSourceBytes / 1048576} MB. Split it or move data out of the text`, { line: 1, column: 1 }, 'file-too-large');
    return { file, readable: false };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = lenientUtf8.decode(bytes.subarray(0, offset));
    reportError(file, `File is not valid UTF-8: byte ${offset} (0x${bytes[offset]?.toString(16).padStart(2, '0')}) is not part of a UTF-8 character. Save the file as UTF-8`, pointAt(before), 'not-utf8');
    return { file, readable: false };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // Many Windows editors write a byte order mark; it would hide the front matter's `---`.
    text = text.slice(1);
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    reportError(file, 'File contains a NUL byte, so it is probably not a text file. Remove it or save the file as plain UTF-8 text', pointAt(text.slice(0, nul)), 'nul-byte');
    return { file, readable: false };
  }
  file.value = text;
  return { file, readable: true };
}
