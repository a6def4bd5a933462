import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte, readSource } from '../pipeline/load/read-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'glossar-read-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readSource', () => {
  it('names the byte offset and place of invalid UTF-8', async () => {
    const path = write('latin1.md', Buffer.concat([Buffer.from('---\ntitle: Gr'), Buffer.from([0xfc]), Buffer.from('n\n---\n')]));
    const { file, readable } = await readSource(path, 'latin1.md');
    expect(readable).toBe(false);
    expect(file.messages.map(String)).toEqual(['latin1.md:2:10: File is not valid UTF-8: byte 13 (0xfc) is not part of a UTF-8 character. Save the file as UTF-8']);
  });

  it('drops a byte order mark so the front matter still starts at `---`', async () => {
    const { file, readable } = await readSource(write('bom.md', '\uFEFF---\ntitle: A\n---\n'), 'bom.md');
    expect(readable).toBe(true);
    expect(String(file.value).startsWith('---')).toBe(true);
  });

  it('refuses NUL bytes with their place', async () => {
    const { file } = await readSource(write('nul.md', '---\ntitle: A\n---\n\nab\u0000c'), 'nul.md');
    expect(file.messages[0]?.ruleId).toBe('nul-byte');
    expect(file.messages[0]?.line).toBe(5);
    expect(file.messages[0]?.column).toBe(3);
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('accepts umlauts and finds truncated and overlong sequences', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('Glück „ja“'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe2, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from([0xc0, 0xaf]))).toBe(0);
  });
});
