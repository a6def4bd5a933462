import { describe, expect, it } from 'vitest';
import { loadBook } from '../pipeline/load/load-book.ts';
import { fixture } from './helpers.ts';

describe('loadBook on the valid fixture', () => {
  it('builds the model: A–Z order, letters, news newest first, see-also and backlinks', async () => {
    const { book, files } = await loadBook({ contentDir: fixture('valid'), drafts: true });
    expect(files.flatMap((file) => file.messages)).toEqual([]);
    expect(book!.meta.title).toBe('Mini-Glossar');
    expect(book!.entries.map((entry) => entry.title)).toEqual(['Ästhetisches Lernen', 'Inklusion', 'Partizipation', 'Zukunft']);
    expect(book!.letters.map((group) => [group.letter, group.entries.length])).toEqual([['A', 1], ['I', 1], ['P', 1], ['Z', 1]]);
    expect(book!.news.map((item) => item.date)).toEqual(['2024-04-02', '2024-03-01']);
    const inklusion = book!.entries.find((entry) => entry.slug === 'inklusion')!;
    expect(inklusion.see).toEqual(['partizipation']);
    expect(inklusion.links).toEqual(['partizipation', 'aesthetisches-lernen']);
    expect(inklusion.backlinks).toEqual(['aesthetisches-lernen', 'partizipation']);
    expect(book!.assets).toHaveLength(1);
    expect(book!.pages.map((page) => page.title)).toEqual(['Vorwort']);
  });

  it('leaves drafts out with --no-drafts and unlinks references to them', async () => {
    const { book, files } = await loadBook({ contentDir: fixture('valid'), drafts: false });
    expect(book!.entries.map((entry) => entry.slug)).toEqual(['inklusion', 'partizipation', 'zukunft']);
    const warnings = files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`));
    expect(warnings).toEqual([
      'tests/fixtures/valid/content/glossar/inklusion.md:10:59 link-to-excluded-draft',
      'tests/fixtures/valid/content/glossar/partizipation.md:3:18 link-to-excluded-draft',
    ]);
    expect(book!.entries.find((entry) => entry.slug === 'partizipation')!.see).toEqual(['inklusion']);
  });

  it('reports every problem in a broken corpus at once', async () => {
    const { book, files } = await loadBook({ contentDir: fixture('missing-wiki-link'), drafts: true });
    expect(book).toBeUndefined();
    expect(files.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(['missing-link-target', 'missing-link-target']);
  });

  it('says when the content folder does not exist', async () => {
    const { files } = await loadBook({ contentDir: fixture('does-not-exist'), drafts: true });
    expect(files[0]!.messages[0]!.ruleId).toBe('missing-content');
  });
});

describe('loadBook on the folder listing', () => {
  it('follows links: to a Markdown file it is an entry, to a folder it is passed over, a broken one is reported', async () => {
    const { mkdtemp, mkdir, writeFile, symlink, copyFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'glossar-links-'));
    try {
      await mkdir(join(dir, 'glossar'));
      await mkdir(join(dir, 'elsewhere'));
      await copyFile(join(fixture('valid'), 'book.yaml'), join(dir, 'book.yaml'));
      await writeFile(join(dir, 'glossar', 'inklusion.md'), '---\ntitle: Inklusion\n---\n\nText.\n');
      await writeFile(join(dir, 'elsewhere', 'teilhabe.md'), '---\ntitle: Teilhabe\n---\n\nText.\n');
      await symlink(join(dir, 'elsewhere', 'teilhabe.md'), join(dir, 'glossar', 'teilhabe.md'));
      await symlink(join(dir, 'elsewhere'), join(dir, 'glossar', 'ordner'));
      await symlink(join(dir, 'nowhere.md'), join(dir, 'glossar', 'kaputt.md'));
      const { book, files } = await loadBook({ contentDir: dir, drafts: true });
      expect(book!.entries.map((entry) => entry.title)).toEqual(['Inklusion', 'Teilhabe']);
      const messages = files.flatMap((file) => file.messages.map((message) => `${String(file.path).split('/').slice(-2).join('/')} ${message.ruleId}`));
      expect(messages).toEqual(['glossar/kaputt.md broken-link']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
