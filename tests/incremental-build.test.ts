// Issue #5 §4: change one entry, rebuild, and only that entry's page and the pages that show it
// change; the result equals a clean full build, messages included.
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../pipeline/build.ts';
import { parseConfig } from '../pipeline/config.ts';
import { IncrementalBuild } from '../pipeline/incremental/incremental-build.ts';
import { SiteMirror } from '../pipeline/incremental/site-files.ts';
import { loadBook } from '../pipeline/load/load-book.ts';
import { createLog } from '../pipeline/log.ts';
import { formatReport } from '../pipeline/report.ts';
import { fixture, snapshotTree } from './helpers.ts';

const content = mkdtempSync(join(tmpdir(), 'glossar-incremental-content-'));
const site = join(mkdtempSync(join(tmpdir(), 'glossar-incremental-out-')), 'html');
const builder = new IncrementalBuild({ contentDir: content, drafts: true });
const mirror = new SiteMirror(site);

const path = (name: string) => join(content, 'glossar', name);
const shown = (name: string) => relative(process.cwd(), path(name));
const edit = (name: string, change: (text: string) => string) => writeFileSync(path(name), change(readFileSync(path(name), 'utf8')));

function mtimes(dir: string): Record<string, number> {
  return Object.fromEntries(Object.keys(snapshotTree(dir)).map((file) => [file, statSync(join(dir, file)).mtimeMs]));
}

async function cleanBuild(): Promise<Record<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'glossar-incremental-clean-'));
  const result = await runBuild(parseConfig(['build', '--only', 'html', '--content', content, '--out', out]), createLog(() => {}));
  expect(result.exitCode, formatReport(result.files)).toBe(0);
  // The dev server's live-reload script and overlay exist only in its responses, never in output.
  expect(readFileSync(join(out, 'html', 'index.html'), 'utf8')).not.toMatch(/_dev\/|glossar-fehler/);
  return snapshotTree(join(out, 'html'));
}

/** Rebuilds, mirrors the site, and checks it against a clean build; returns what changed. */
async function rebuild() {
  const before = { hashes: snapshotTree(site), mtimes: mtimes(site) };
  const result = await builder.rebuild();
  const oneShot = await loadBook({ contentDir: content, drafts: true });
  expect(formatReport(result.files)).toBe(formatReport(oneShot.files));
  if (!result.ok) return { result, written: undefined };
  const { written, removed } = await mirror.sync(result.site!);
  const after = { hashes: snapshotTree(site), mtimes: mtimes(site) };
  expect(after.hashes).toEqual(await cleanBuild());
  expect(removed).toEqual([]);
  // Files not written keep their bytes and their modification time.
  for (const file of Object.keys(after.hashes).filter((name) => !written.includes(name))) {
    expect(after.hashes[file], file).toBe(before.hashes[file]);
    expect(after.mtimes[file], file).toBe(before.mtimes[file]);
  }
  for (const file of written) expect(after.hashes[file], file).not.toBe(before.hashes[file]);
  expect(written).toEqual(result.changed.filter((file) => file.endsWith('.html')));
  return { result, written };
}

beforeAll(async () => {
  cpSync(fixture('valid'), content, { recursive: true });
  const first = await builder.rebuild();
  expect(first.ok).toBe(true);
  expect(first.work.transformed).toHaveLength(7);
  await mirror.sync(first.site!);
  expect(snapshotTree(site)).toEqual(await cleanBuild());
});

describe('incremental rebuild of the valid fixture', () => {
  it('a changed sentence re-renders and rewrites only that entry', async () => {
    edit('zukunft.md', (text) => text.replace('ist offen.', 'ist offen und bunt.'));
    const { result, written } = await rebuild();
    expect(result.work).toEqual({ parsed: [shown('zukunft.md')], transformed: [shown('zukunft.md')], rendered: ['zukunft.html'] });
    expect(written).toEqual(['zukunft.html']);
  });

  it('a new link also changes the target page, whose backlinks list the entry', async () => {
    edit('zukunft.md', (text) => `${text}\nSie beginnt mit [[Inklusion]].\n`);
    const { result, written } = await rebuild();
    expect(result.work.transformed).toEqual([shown('zukunft.md')]);
    expect(written).toEqual(['inklusion.html', 'zukunft.html']);
  });

  it('a new title changes the pages that show it, without transforming the linkers again', async () => {
    // Partizipation links [[Zukunft]]; with the old title kept as an alias, that link resolves as before.
    edit('zukunft.md', (text) => text.replace('title: Zukunft', 'title: Schulzukunft\naliases: [Zukunft]'));
    const { result, written } = await rebuild();
    expect(result.work.transformed).toEqual([shown('zukunft.md')]);
    // index: the A–Z list; inklusion: its backlinks; partizipation: its pager's "next" entry.
    expect(written).toEqual(['index.html', 'inklusion.html', 'partizipation.html', 'zukunft.html']);
  });

  it('removing an alias transforms the entries linking to it again and reports the broken link', async () => {
    edit('inklusion.md', (text) => text.replace('aliases: [inklusive Bildung]\n', ''));
    const { result } = await rebuild();
    expect(result.ok).toBe(false);
    expect(result.work.transformed).toEqual([shown('inklusion.md'), shown('partizipation.md')]);
    expect(formatReport(result.files)).toContain(`${shown('partizipation.md')}:6:45  error  Cannot find glossary entry \`inklusive Bildung\``);
  });

  it('restoring it clears the error; pages whose bytes are as before are not written', async () => {
    edit('inklusion.md', (text) => text.replace('title: Inklusion\n', 'title: Inklusion\naliases: [inklusive Bildung]\n'));
    const { result, written } = await rebuild();
    expect(result.ok).toBe(true);
    expect(result.work.transformed).toEqual([shown('inklusion.md'), shown('partizipation.md')]);
    expect(result.work.rendered).toEqual(['inklusion.html', 'partizipation.html']);
    expect(written).toEqual([]);
  });

  it('an untouched rebuild does nothing', async () => {
    const { result, written } = await rebuild();
    expect(result.work).toEqual({ parsed: [], transformed: [], rendered: [] });
    expect(written).toEqual([]);
  });
});
