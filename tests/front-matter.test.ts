import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readBoolean, readDate, readString, readStringList, warnUnknownKeys } from '../pipeline/load/fields.ts';
import { readFrontMatter } from '../pipeline/load/front-matter.ts';
import { parseMarkdown } from '../pipeline/load/parse-markdown.ts';

function matterOf(text: string) {
  const file = new VFile({ path: 'eintrag.md', value: text });
  return { file, matter: readFrontMatter(file, parseMarkdown(file)) };
}

describe('front matter', () => {
  it('places each value where it stands in the file, also with CRLF line endings', () => {
    const { file, matter } = matterOf('---\r\ntitle: Inklusion\r\ndate: 2012-13\r\n---\r\n\r\nText\r\n');
    expect(readString(file, matter!, 'title', true)).toBe('Inklusion');
    expect(readDate(file, matter!, 'date', { required: false, allowMonth: true })).toBeUndefined();
    expect(file.messages.map(String)).toEqual(['eintrag.md:3:7: `date` must be a real date written as `YYYY-MM` or `YYYY-MM-DD`, not `2012-13`']);
  });

  it('reports YAML syntax errors at their position', () => {
    const { file, matter } = matterOf('---\ntitle: Inklusion\nsee: [Partizipation\n---\n');
    expect(matter).toBeUndefined();
    expect(file.messages[0]?.ruleId).toBe('yaml-syntax');
    expect(file.messages[0]?.line).toBe(3);
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it('reports a tab-indented block as a YAML error', () => {
    const { file } = matterOf('---\ntitle: Inklusion\nsee:\n\t- Partizipation\n---\n');
    expect(file.messages[0]?.ruleId).toBe('yaml-syntax');
    expect(file.messages[0]?.line).toBe(4);
  });

  it('says when the front matter is never closed', () => {
    const { file } = matterOf('---\ntitle: Inklusion\n\nText\n');
    expect(file.messages.map(String)).toEqual(['eintrag.md:1:1: Front matter starts with `---` but is never closed: add a line with `---` after the last key']);
  });

  it('rejects a list where text belongs, and text items in lists are placed', () => {
    const { file, matter } = matterOf('---\ntitle: [A, B]\nsee:\n  - Inklusion\n  - 12\ndraft: ja\n---\n');
    expect(readString(file, matter!, 'title', true)).toBeUndefined();
    expect(readStringList(file, matter!, 'see').map((item) => item.value)).toEqual(['Inklusion']);
    expect(readBoolean(file, matter!, 'draft')).toBe(false);
    expect(file.messages.map(String)).toEqual([
      'eintrag.md:2:8: `title` must be text, not a list',
      'eintrag.md:5:5: Every item of `see` must be text, not number `12`',
      'eintrag.md:6:8: `draft` must be `true` or `false`, not text `ja`',
    ]);
  });

  it('warns about unknown keys at the key', () => {
    const { file, matter } = matterOf('---\ntitle: A\nautor: XY\n---\n');
    warnUnknownKeys(file, matter!, ['title', 'author']);
    expect(file.messages.map(String)).toEqual(['eintrag.md:3:1: Unknown front matter key `autor` is ignored; known keys: `title`, `author`']);
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('accepts month dates and real days only', () => {
    const { file, matter } = matterOf('---\na: 2012-11\nb: 2024-02-29\nc: 2023-02-29\n---\n');
    expect(readDate(file, matter!, 'a', { required: true, allowMonth: true })).toBe('2012-11');
    expect(readDate(file, matter!, 'b', { required: true, allowMonth: false })).toBe('2024-02-29');
    expect(readDate(file, matter!, 'c', { required: true, allowMonth: false })).toBeUndefined();
  });
});
