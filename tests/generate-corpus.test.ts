// The benchmark corpus generator: deterministic, German-like, and valid content at every size.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, generateCorpus } from '../bench/generate-corpus.ts';
import { letterOf } from '../pipeline/collation.ts';
import { loadBook } from '../pipeline/load/load-book.ts';
import { formatReport } from '../pipeline/report.ts';
import { runCli, snapshotTree } from './helpers.ts';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'glossar-corpus-')), 'content');

async function expectValid(entries: number) {
  const dir = freshDir();
  const summary = await generateCorpus({ entries, seed: 7, dir });
  const { book, files } = await loadBook({ contentDir: dir, drafts: true });
  expect(formatReport(files)).toBe('');
  expect(book!.entries).toHaveLength(entries);
  expect(book!.news.length).toBe(summary.news);
  expect(summary.news).toBeGreaterThanOrEqual(8);
  return { dir, summary, book: book! };
}

describe('generateCorpus', () => {
  it('writes byte-identical folders for the same seed, and other text for another seed', async () => {
    const [a, b, c] = [freshDir(), freshDir(), freshDir()];
    await generateCorpus({ entries: 26, seed: 1, dir: a });
    await generateCorpus({ entries: 26, seed: 1, dir: b });
    await generateCorpus({ entries: 26, seed: 2, dir: c });
    expect(snapshotTree(b)).toEqual(snapshotTree(a));
    expect(snapshotTree(c)).not.toEqual(snapshotTree(a));
    // Writing again into a generated folder replaces it whole.
    await generateCorpus({ entries: 30, seed: 1, dir: a });
    expect(readdirSync(join(a, 'glossar'))).toHaveLength(30);
  });

  it('refuses to empty a folder that holds something else', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(generateCorpus({ entries: 26, seed: 1, dir })).rejects.toThrow('holds no generated corpus');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('26 entries pass `glossar check` with no message and have everything the benchmark needs', async () => {
    const { dir, summary, book } = await expectValid(26);
    const run = runCli(['check', '--content', dir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('content is valid: 26 entries');
    expect(run.stderr).toContain(', 0 warnings');

    for (const words of summary.words) {
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(400);
    }
    const sources = book.entries.map((entry) => String(entry.file.value));
    const some = (pattern: RegExp) => sources.filter((text) => pattern.test(text)).length;
    expect(some(/\[\[[^\]|]+\]\]/)).toBeGreaterThan(10); // wiki links
    expect(some(/\[\[[^\]]+\|[^\]]+\]\]/)).toBeGreaterThan(0); // wiki links with their own text
    expect(some(/\]\([a-z0-9-]+\.md\)/)).toBeGreaterThan(0); // relative links
    expect(some(/^## /m)).toBeGreaterThan(0);
    expect(some(/^(- |1\. )/m)).toBeGreaterThan(0);
    expect(some(/^\| --- \|/m)).toBeGreaterThan(0);
    expect(book.entries.filter((entry) => entry.aliases.length > 0).length).toBeGreaterThan(0);
    expect(book.entries.filter((entry) => entry.draft).length).toBeGreaterThan(0);
    expect(book.entries.filter((entry) => entry.author && entry.date).length).toBeGreaterThan(0);
    expect(book.entries.every((entry) => entry.see.length >= 1 && entry.see.length <= 3)).toBe(true);
    expect(book.entries.every((entry) => entry.links.length >= 1)).toBe(true);
    expect(book.pages.map((page) => page.title)).toEqual(['Vorwort']);
    expect(sources.join(' ')).toMatch(/Kooperationsvereinbarung|Schulentwicklungs/);
    expect(countWords('Die [[Kulturschule|Kulturschulen]] und [Partizipation](partizipation.md):\n\n1. eins\n- zwei')).toBe(6);
  });

  it('500 entries pass `glossar check`, and their titles exercise slugs and German collation', async () => {
    const dir = freshDir();
    const summary = await generateCorpus({ entries: 500, seed: 7, dir });
    // The real CLI: under vitest the loader runs about four times slower than bundled.
    const run = runCli(['check', '--content', dir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`content is valid: 500 entries (${summary.drafts} drafts), ${summary.news} news items, 1 page, 0 warnings`);
    const titles = readdirSync(join(dir, 'glossar')).map((name) => JSON.parse(/^title: (.*)$/m.exec(readFileSync(join(dir, 'glossar', name), 'utf8'))![1]!) as string);
    expect(titles.filter((title) => /^[ÄÖÜ]/.test(title)).length).toBeGreaterThan(5);
    expect(titles.filter((title) => title.includes('ß')).length).toBeGreaterThan(5);
    expect(titles.some((title) => title.length >= 24 && !title.includes(' '))).toBe(true);
    expect(titles.some((title) => letterOf(title) === 'A' && title.startsWith('Ä'))).toBe(true);
    expect(readdirSync(join(dir, 'glossar')).every((name) => /^[a-z0-9-]+\.md$/.test(name))).toBe(true);
  });

  it('2,000 entries are valid', async () => {
    await expectValid(2000);
  });
});
