// The real CLI on every fixture: exit codes, messages with file:line:column, untouched output.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, snapshotTree } from './helpers.ts';

const brokenCases: Array<[string, string[]]> = [
  ['yaml-syntax', ['glossar/inklusion.md:3:20  error  Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  yaml-syntax']],
  ['missing-title', ['glossar/inklusion.md:1:1  error  Missing `title`: add a line `title: …` to the front matter  missing-title']],
  ['invalid-date', ['glossar/inklusion.md:3:7  error  `date` must be a real date written as `YYYY-MM` or `YYYY-MM-DD`, not `2012-13`  invalid-date']],
  ['duplicate-slug', ['glossar/inklusion.md:1:1  error  Slug `inklusion` is already used by']],
  ['alias-collision', ['glossar/inklusion.md:3:21  error  Alias `partizipation` is already the title of']],
  ['missing-see-target', ['glossar/inklusion.md:5:5  error  See-also: cannot find glossary entry `Partizpation`; did you mean `Partizipation`?  missing-see-target']],
  [
    'missing-wiki-link',
    [
      'glossar/inklusion.md:5:7  error  Cannot find glossary entry `Partizpation`; did you mean `Partizipation`?  missing-link-target',
      'glossar/partizipation.md:5:6  error  Cannot find glossary entry `Inklsion`; did you mean `Inklusion`?  missing-link-target',
    ],
  ],
  [
    'missing-relative-link',
    [
      'glossar/inklusion.md:5:7  error  Cannot find glossary entry file `teilhabe.md`  missing-link-target',
      'glossar/inklusion.md:5:35  error  Link `../../../etc/passwd.md` points outside the content folder; only links to glossary entries are allowed  link-outside-content',
    ],
  ],
  ['missing-image', ['glossar/inklusion.md:7:1  error  Cannot find image `bilder/schule.png`  missing-image']],
  ['news-without-date', ['nachrichten/nachricht.md:1:1  error  Missing `date`: add a line `date: …` to the front matter  missing-date']],
];

function outputWithPreviousBuild(): string {
  const out = mkdtempSync(join(tmpdir(), 'glossar-cli-'));
  mkdirSync(join(out, 'html'));
  writeFileSync(join(out, 'html', 'index.html'), '<p>previous build</p>');
  return out;
}

describe('glossar CLI', () => {
  it.each(brokenCases)('%s: check and build exit 1, name the place, and write nothing', (name, expected) => {
    for (const command of ['check', 'build']) {
      const out = outputWithPreviousBuild();
      const before = snapshotTree(out);
      const run = runCli([command, '--content', fixture(name), '--out', out, '--only', 'html']);
      expect(run.status, run.stderr).toBe(1);
      for (const line of expected) expect(run.stderr).toContain(`tests/fixtures/${name}/content/${line}`);
      expect(run.stderr).toContain('nothing was written');
      expect(snapshotTree(out)).toEqual(before);
    }
  });

  it('passes warnings unless --strict', () => {
    const ok = runCli(['check', '--content', fixture('unknown-key')]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('glossar/inklusion.md:3:1  warning  Unknown front matter key `autor` is ignored');
    const strict = runCli(['check', '--strict', '--content', fixture('unknown-key')]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('1 warning (--strict)');
  });

  it('builds the valid fixture into --out and replaces the previous site whole', () => {
    const out = outputWithPreviousBuild();
    const run = runCli(['build', '--content', fixture('valid'), '--out', out, '--only', 'html']);
    expect(run.status, run.stderr).toBe(0);
    const files = Object.keys(snapshotTree(out)).sort();
    expect(files).toContain('html/inklusion.html');
    expect(files).toContain('html/assets/style.css');
    expect(files.filter((file) => file.startsWith('html/assets/images/'))).toHaveLength(1);
    expect(files.some((file) => file.includes('.tmp-'))).toBe(false);
  });

  it('exits 2 on usage errors with the usage text', () => {
    const run = runCli(['build', '--only', 'docx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown output `docx` in --only; use html, pdf, epub');
    expect(run.stderr).toContain('Usage: glossar <build|check>');
    expect(runCli(['publish']).status).toBe(2);
    expect(runCli(['build', '--frobnicate']).status).toBe(2);
  });

  it('prints help on --help', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--no-drafts');
  });

  it('exits 3 with what to do when the browser is missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossar-cli-'));
    const run = runCli(['build', '--content', fixture('valid'), '--out', out, '--only', 'pdf'], { env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' } });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('PUPPETEER_EXECUTABLE_PATH is `/nonexistent/chromium`, which is not an executable file');
    expect(snapshotTree(out)).toEqual({});
  });
});
