// `npm run bench -- --quick` works end to end: a generated 26-entry corpus, a full build, the
// Chromium floor, and a table with real numbers. The targets are read off the table by people,
// not asserted here: timings on a shared 2-core machine are too noisy for that.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';

/** `850 ms`, `12.3 s` → ms. */
const parseTime = (text: string) => (text.endsWith(' ms') ? Number(text.slice(0, -3)) : Number(text.slice(0, -2)) * 1000);

describe('npm run bench -- --quick', () => {
  it('measures every stage and the floor, and writes the table', () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick'], { cwd: projectRoot, encoding: 'utf8', timeout: 600_000 });
    expect(run.status, run.stderr).toBe(0);
    const table = readFileSync(join(projectRoot, 'bench', 'out', 'results.md'), 'utf8');
    expect(run.stdout).toBe(table);
    const cell = (label: string) => new RegExp(`^\\| ${label.replace(/[+*()/.`]/g, '\\$&')} \\| (.+) \\|$`, 'm').exec(table)?.[1];
    const stages = ['load + validate', 'Chromium start', 'transforms', 'HTML site', 'handbook PDF', '… screen layouts (numbers)', '… print', '… register, furniture, save', 'handouts', 'booklet'];
    const epubAlone = ['EPUB alone (`--only epub`, whole process), cold', 'editing loop: EPUB alone'];
    const editingLoop = ['**editing loop**: whole build, one entry changed', 'editing loop: handbook alone'];
    for (const label of [...stages, 'EPUB (in the whole build, alongside the PDFs)', 'handbook alone (content to PDF, whole process)', ...epubAlone, ...editingLoop]) {
      expect(cell(label), label).toMatch(/^\d+(\.\d)? m?s$/);
    }
    expect(cell('**floor** (launch + one page.pdf())')).toMatch(/^\d+(\.\d)? m?s$/);
    expect(cell('handbook / floor')).toMatch(/^\d+\.\d\d×$/);
    expect(cell('build / floor')).toMatch(/^\d+\.\d\d×$/);
    expect(cell('handbook alone / floor')).toMatch(/^\d+\.\d\d×$/);
    // The editing loop is what it says: one file parsed, the others from the cache.
    expect(cell('editing loop: files parsed in the whole build')).toMatch(/^1 of [1-9]\d+$/);
    for (const label of ['editing loop: build / floor', 'editing loop: handbook alone / floor']) expect(cell(label), label).toMatch(/^\d+\.\d\d×$/);
    // Cold, the cover is drawn, which starts Chromium; in the editing loop it comes from the cache.
    expect(parseTime(cell(epubAlone[1]!)!)).toBeLessThan(parseTime(cell(epubAlone[0]!)!));
    expect(Number(cell('handbook pages'))).toBeGreaterThan(20);
    expect(Number(cell('handbook prints (most in a run)'))).toBeGreaterThanOrEqual(1);
    expect(cell('peak memory, build (PSS, process tree)')).toMatch(/^[1-9]\d* MB$/);
  }, 600_000);
});
