// Issue #6 §3: two builds of the same content, in different folders and at different times,
// give byte-identical PDFs (handbook, booklet, every handout).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli, snapshotTree } from './helpers.ts';

function buildPdfs(env: NodeJS.ProcessEnv = {}, only = 'pdf'): Record<string, string> {
  // A copy of the content in a fresh folder: absolute paths must not leak into the output.
  const content = join(mkdtempSync(join(tmpdir(), 'glossar-repro-content-')), 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'glossar-repro-out-'));
  const run = runCli(['build', ...(only === 'all' ? [] : ['--only', only]), '--content', content, '--out', out], { env });
  expect(run.status, run.stderr).toBe(0);
  const hashes = snapshotTree(join(out, 'pdf'));
  expect(Object.keys(hashes).filter((path) => path.startsWith('blaetter/'))).toHaveLength(26);
  return hashes;
}

describe('reproducible PDFs', () => {
  it('are byte-identical across folders, times and time zones', () => {
    const first = buildPdfs({ TZ: 'UTC' });
    const second = buildPdfs({ TZ: 'America/New_York' });
    expect(second).toEqual(first);
  }, 240_000);

  it('are the same whether the build drew the EPUB cover in the same browser or not', () => {
    const alone = buildPdfs();
    const withCover = buildPdfs({ GLOSSAR_NO_CACHE: '1' }, 'all');
    expect(withCover).toEqual(alone);
  }, 240_000);

  it('take their dates from SOURCE_DATE_EPOCH when it is set', () => {
    const first = buildPdfs({ SOURCE_DATE_EPOCH: '1700000000' });
    const second = buildPdfs({ SOURCE_DATE_EPOCH: '1700000000' });
    expect(second).toEqual(first);
    const byEdition = buildPdfs();
    expect(byEdition['glossar-kulturelle-schulentwicklung.pdf']).not.toBe(first['glossar-kulturelle-schulentwicklung.pdf']);
  }, 360_000);
});
