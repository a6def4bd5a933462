// Issue #6 §2: faults during rendering. A killed or hung browser, Ctrl-C and two builds at once
// must never leave a partial output, a temporary file or a Chromium process behind.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { projectRoot, runCli, snapshotTree } from './helpers.ts';

// The builds of this file keep their temporary files, Chromium's profile among them, in a folder
// of their own: the processes counted and killed here are this file's, not those of other builds
// running on the same machine.
const buildTmp = mkdtempSync(join(tmpdir(), 'glossar-faults-tmp-'));

/** Chromium processes started by this file's builds: their profile folder names them. */
function ourChromiums(): number[] {
  try {
    return execFileSync('pgrep', ['-f', `${buildTmp}/glossar-chromium-`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function startBuild(args: string[]) {
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'glossar.mjs'), 'build', ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: buildTmp } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  return { child, done, stderr: () => stderr };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasTemporaryFiles = (dir: string): boolean => Object.keys(snapshotTree(dir)).some((path) => path.includes('.tmp-'));

let corpus: string;
let previous: string;
let previousSnapshot: Record<string, string>;

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'glossar-faults-corpus-'));
  await generateCorpus({ entries: 300, seed: 7, dir: corpus });
  previous = mkdtempSync(join(tmpdir(), 'glossar-faults-out-'));
  const run = runCli(['build', '--only', 'html,pdf', '--out', previous]);
  expect(run.status, run.stderr).toBe(0);
  previousSnapshot = snapshotTree(previous);
}, 300_000);

describe('faults while rendering', () => {
  it('Chromium killed mid-render: exit 3, no partial PDF, no Chromium left', async () => {
    const before = ourChromiums();
    const build = startBuild(['--only', 'pdf', '--content', corpus, '--out', previous]);
    // Rendering has begun once the temporary output folder is there: Chromium has started (killed
    // while starting, on a busy machine, it is a failed start, a message of its own).
    await until(() => ourChromiums().length > before.length && hasTemporaryFiles(previous), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const pid of ourChromiums()) if (!before.includes(pid)) process.kill(pid, 'SIGKILL');
    const { status, stderr } = await build.done;
    expect(status, stderr).toBe(3);
    expect(stderr).toContain('Chromium stopped unexpectedly');
    expect(snapshotTree(previous)).toEqual(previousSnapshot);
    expect(ourChromiums()).toEqual(before);
  }, 120_000);

  it('a render that takes too long is stopped by --timeout', async () => {
    // Half a second: no print or screen layout of 300 entries is that fast here (2 s was, once,
    // every one of them, and the build then overwrote the outputs the next test relies on).
    const before = ourChromiums();
    const run = runCli(['build', '--only', 'pdf', '--content', corpus, '--out', previous, '--timeout', '0.5'], { env: { TMPDIR: buildTmp } });
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain('A render took longer than 0.5 s and was stopped; no output was written.');
    expect(snapshotTree(previous)).toEqual(previousSnapshot);
    expect(ourChromiums()).toEqual(before);
  }, 120_000);

  it('Ctrl-C: browser closed, temporary files removed, previous outputs intact, exit 130', async () => {
    const before = ourChromiums();
    const build = startBuild(['--only', 'pdf', '--content', corpus, '--out', previous]);
    await until(() => ourChromiums().length > before.length, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    build.child.kill('SIGINT');
    const { status } = await build.done;
    expect(status).toBe(130);
    await until(() => ourChromiums().length === before.length, 10_000);
    expect(snapshotTree(previous)).toEqual(previousSnapshot);
    expect(hasTemporaryFiles(previous)).toBe(false);
  }, 120_000);

  it('the build process dies (kill -9, as in a crash): Chromium quits with it, and the next build removes what it left', async () => {
    const out = mkdtempSync(join(tmpdir(), 'glossar-faults-crash-'));
    const before = ourChromiums();
    const build = startBuild(['--only', 'pdf', '--content', corpus, '--out', out]);
    await until(() => ourChromiums().length > before.length && hasTemporaryFiles(out), 60_000);
    build.child.kill('SIGKILL');
    await build.done;
    await until(() => ourChromiums().length === before.length, 10_000);
    expect(hasTemporaryFiles(out)).toBe(true);
    expect(existsSync(join(out, '.glossar-build.lock'))).toBe(true);
    const next = runCli(['build', '--only', 'html', '--out', out], { env: { TMPDIR: buildTmp } });
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['html']);
  }, 120_000);

  it('two builds into one folder: the second waits for the first', async () => {
    const out = mkdtempSync(join(tmpdir(), 'glossar-faults-twice-'));
    const first = startBuild(['--only', 'html,pdf', '--out', out]);
    await until(() => existsSync(join(out, '.glossar-build.lock')), 30_000);
    const second = startBuild(['--only', 'html,pdf', '--out', out]);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toContain('is writing to');
    expect(readdirSync(out).sort()).toEqual(['html', 'pdf', 'print']);
    expect(hasTemporaryFiles(out)).toBe(false);
  }, 240_000);
});
