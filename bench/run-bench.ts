// `npm run bench`: times every stage of a full build on generated corpora of several sizes,
// against the floor (bench/floor.ts: Chromium launch + one page.pdf() of our own print HTML),
// alternating build and floor in the same run, and reports medians as a Markdown table.
// Builds are measured cold (GLOSSAR_NO_CACHE=1: no cover, no parsed documents from earlier runs)
// and in the editing loop: one entry changed since the previous build, the rest from the cache.
//
//   npm run bench                      sizes 26, 500, 2000; 3 runs each
//   npm run bench -- --quick           26 entries, one run (CI proves the benchmark works)
//   npm run bench -- --sizes 500 --runs 5
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../pipeline/templates.ts';
import { generateCorpus } from './generate-corpus.ts';
import { samplePeakMemory } from './process-memory.ts';

interface BuildRun {
  wallMs: number;
  stages: Map<string, number>;
  peakMb: number;
  pages?: number;
  prints?: number;
  /** From the load cache's line: files parsed anew, and of how many. */
  parsed?: string;
}

const stageRows: Array<[string, string]> = [
  ['load+validate', 'load + validate'],
  ['chromium start', 'Chromium start'],
  ['transforms', 'transforms'],
  ['html site', 'HTML site'],
  ['pdf: handbook', 'handbook PDF'],
  ['pdf: handbook layout', '… screen layouts (numbers)'],
  ['pdf: handbook print 1', '… print'],
  ['pdf: handbook finish', '… register, furniture, save'],
  ['pdf: handouts', 'handouts'],
  ['pdf: booklet', 'booklet'],
  ['epub', 'EPUB (in the whole build, alongside the PDFs)'],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; wallMs: number; peakMb: number }> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = samplePeakMemory(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status, signal) => resolvePromise({ status, signal, stdout, stderr, wallMs: performance.now() - started, peakMb: memory.stop() }));
  });
}

/** Cold: neither the cover nor parsed documents of earlier runs. Warm: the editing loop (see editOneEntry). */
const cacheEnv = (warm: boolean) => (warm ? process.env : { ...process.env, GLOSSAR_NO_CACHE: '1' });

async function build(content: string, out: string, only?: string, warm = false): Promise<BuildRun> {
  const env = cacheEnv(warm);
  const result = await run(process.execPath, [join(projectRoot, 'bin', 'glossar.mjs'), 'build', '--content', content, '--out', out, ...(only ? ['--only', only] : [])], env);
  if (result.status !== 0) throw new Error(`build failed (${result.signal ? `killed by ${result.signal}` : `exit ${result.status}`}, peak ${Math.round(result.peakMb)} MB):\n${result.stderr}`);
  const stages = new Map<string, number>();
  for (const [, name, ms] of result.stderr.matchAll(/^glossar: (.+?)\s+(\d+) ms$/gm)) stages.set(name!, Number(ms));
  const pages = /handbook: (\d+) pages/.exec(result.stderr)?.[1];
  const prints = /handbook: .* (\d+) prints/.exec(result.stderr)?.[1];
  const cache = /glossar: (\d+) files? parsed, (\d+) unchanged/.exec(result.stderr);
  const parsed = cache && `${cache[1]} of ${Number(cache[1]) + Number(cache[2])}`;
  return { wallMs: result.wallMs, stages, peakMb: result.peakMb, ...(pages && { pages: Number(pages) }), ...(prints && { prints: Number(prints) }), ...(parsed && { parsed }) };
}

/** The handbook alone, content to PDF in one process (bench/handbook-alone.ts), as the floor is measured. */
async function handbookAlone(content: string, out: string, warm = false): Promise<number> {
  const result = await run(process.execPath, [join(projectRoot, 'bin', 'run.mjs'), 'bench/handbook-alone.ts', content, out], cacheEnv(warm));
  if (result.status !== 0) throw new Error(`handbook alone failed:\n${result.stderr}`);
  return result.wallMs;
}

async function floor(html: string, pdf: string): Promise<{ ms: number; peakMb: number }> {
  const result = await run(process.execPath, [join(projectRoot, 'bin', 'run.mjs'), 'bench/floor.ts', html, pdf]);
  if (result.status !== 0) throw new Error(`floor failed:\n${result.stderr}`);
  return { ms: result.wallMs, peakMb: result.peakMb };
}

/**
 * What an editor does between two builds: one entry changed (a sentence added at its end), a
 * different one each time, so that the next build parses it again and takes the rest from the cache.
 */
function editOneEntry(content: string, edit: number): void {
  const names = readdirSync(join(content, 'glossar')).sort();
  const path = join(content, 'glossar', names[(edit * 7) % names.length]!);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\nErgänzt in Bearbeitung ${edit + 1}.\n`);
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** pandoc's EPUB writer on the same corpus, concatenated into one Markdown document. */
async function pandocEpub(content: string, out: string): Promise<number> {
  const parts: string[] = [];
  for (const name of readdirSync(join(content, 'glossar')).sort()) {
    const text = readFileSync(join(content, 'glossar', name), 'utf8');
    const title = /^title: (.*)$/m.exec(text)?.[1]?.replace(/^"|"$/g, '') ?? name;
    parts.push(`# ${title}\n\n${text.replace(/^---[\s\S]*?\n---\n/, '').replace(/\[\[([^\]|]+)\|?([^\]]*)\]\]/g, (_, target: string, label: string) => label || target)}`);
  }
  const markdown = join(out, 'pandoc-input.md');
  writeFileSync(markdown, parts.join('\n\n'));
  const result = await run('pandoc', ['--from', 'markdown', '--metadata', 'title=Glossar', '--metadata', 'lang=de', '-o', join(out, 'pandoc.epub'), markdown]);
  if (result.status !== 0) throw new Error(`pandoc failed:\n${result.stderr}`);
  return result.wallMs;
}

const format = (ms: number | undefined) => (ms === undefined ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } },
  });
  const sizes = values.quick ? [26] : (values.sizes ?? '26,500,2000').split(',').map(Number);
  const runs = values.quick ? 1 : Number(values.runs ?? 3);
  const workDir = resolve(projectRoot, 'bench', 'out');
  mkdirSync(workDir, { recursive: true });
  const columns: Array<{ size: number; builds: BuildRun[]; handbooks: number[]; epubs: number[]; floors: number[]; floorPeakMb: number[]; edited: { builds: number[]; parsed: string[]; handbooks: number[]; epubs: number[] }; pandoc?: number; pandocNote?: string }> = [];

  for (const size of sizes) {
    const content = join(workDir, `corpus-${size}`);
    await generateCorpus({ entries: size, seed: 1, dir: content });
    const out = join(workDir, `build-${size}`);
    const column: (typeof columns)[number] = { size, builds: [], handbooks: [], epubs: [], floors: [], floorPeakMb: [], edited: { builds: [], parsed: [], handbooks: [], epubs: [] } };
    const epubOut = join(workDir, `build-${size}-epub`);
    // Once, uncounted: puts this corpus's cover and parsed documents into the cache for the editing loop.
    await build(content, epubOut, 'epub', true);
    let edits = 0;
    for (let index = 0; index < runs; index++) {
      process.stderr.write(`bench: ${size} entries, run ${index + 1}/${runs}: build …\n`);
      column.builds.push(await build(content, out));
      process.stderr.write(`bench: ${size} entries, run ${index + 1}/${runs}: floor …\n`);
      const measured = await floor(join(out, 'print', 'handbuch.html'), join(workDir, `floor-${size}.pdf`));
      column.floors.push(measured.ms);
      column.floorPeakMb.push(measured.peakMb);
      process.stderr.write(`bench: ${size} entries, run ${index + 1}/${runs}: handbook alone …\n`);
      column.handbooks.push(await handbookAlone(content, join(workDir, `handbook-${size}`)));
      // The EPUB on its own, as pandoc makes it (in the whole build it shares the cores with
      // Chromium): the whole process, from start to exit, cold (the cover drawn).
      process.stderr.write(`bench: ${size} entries, run ${index + 1}/${runs}: EPUB alone …\n`);
      column.epubs.push((await build(content, epubOut, 'epub')).wallMs);
      process.stderr.write(`bench: ${size} entries, run ${index + 1}/${runs}: editing loop …\n`);
      editOneEntry(content, edits++);
      const edited = await build(content, out, undefined, true);
      column.edited.builds.push(edited.wallMs);
      column.edited.parsed.push(edited.parsed ?? 'no cache line');
      editOneEntry(content, edits++);
      column.edited.handbooks.push(await handbookAlone(content, join(workDir, `handbook-${size}`), true));
      editOneEntry(content, edits++);
      column.edited.epubs.push((await build(content, epubOut, 'epub', true)).wallMs);
    }
    if (has('pandoc')) {
      const times: number[] = [];
      for (let index = 0; index < runs; index++) times.push(await pandocEpub(content, workDir));
      column.pandoc = median(times);
    } else {
      column.pandocNote = 'pandoc not installed';
    }
    columns.push(column);
  }

  const stage = (column: (typeof columns)[number], name: string) => {
    const values = column.builds.map((buildRun) => buildRun.stages.get(name)).filter((value): value is number => value !== undefined);
    return values.length ? median(values) : undefined;
  };
  const header = `| | ${columns.map((column) => `${column.size} entries`).join(' | ')} |\n|---|${columns.map(() => '---:').join('|')}|`;
  const row = (label: string, cell: (column: (typeof columns)[number]) => string) => `| ${label} | ${columns.map(cell).join(' | ')} |`;
  const lines = [
    `# glossar-handbuch benchmark`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; ${runs} run(s) per size, medians; build and floor alternate.`,
    `Measured ${new Date().toISOString()}. Numbers are this machine's, not a specification.`,
    'Cold: GLOSSAR_NO_CACHE=1, no content from earlier runs (the bundle and the code V8 compiled for it, .build/, are there, as after any first run). Editing loop: one entry changed since the previous build; the cover and the other entries\' parsed text come from the cache (node_modules/.cache/glossar-handbuch).',
    '',
    header,
    row('handbook pages', (column) => String(column.builds[0]?.pages ?? '–')),
    row('handbook prints (most in a run)', (column) => String(Math.max(...column.builds.map((buildRun) => buildRun.prints ?? 0)))),
    ...stageRows.map(([name, label]) => row(label, (column) => format(stage(column, name)))),
    row('**whole build** (wall, incl. Node and Chromium start)', (column) => format(median(column.builds.map((buildRun) => buildRun.wallMs)))),
    row('**floor** (launch + one page.pdf())', (column) => format(median(column.floors))),
    row('handbook / floor', (column) => ratio(stage(column, 'pdf: handbook'), median(column.floors))),
    row('handbook alone (content to PDF, whole process)', (column) => format(median(column.handbooks))),
    row('handbook alone / floor', (column) => ratio(median(column.handbooks), median(column.floors))),
    row('build / floor', (column) => ratio(median(column.builds.map((buildRun) => buildRun.wallMs)), median(column.floors))),
    row('pandoc EPUB', (column) => column.pandoc === undefined ? `skipped: ${column.pandocNote}` : format(column.pandoc)),
    row('EPUB alone (`--only epub`, whole process), cold', (column) => format(median(column.epubs))),
    row('EPUB alone / pandoc EPUB, cold', (column) => ratio(median(column.epubs), column.pandoc)),
    row('**editing loop**: whole build, one entry changed', (column) => format(median(column.edited.builds))),
    row('editing loop: files parsed in the whole build', (column) => [...new Set(column.edited.parsed)].join(', ')),
    row('editing loop: build / floor', (column) => ratio(median(column.edited.builds), median(column.floors))),
    row('editing loop: handbook alone', (column) => format(median(column.edited.handbooks))),
    row('editing loop: handbook alone / floor', (column) => ratio(median(column.edited.handbooks), median(column.floors))),
    row('editing loop: EPUB alone', (column) => format(median(column.edited.epubs))),
    row('editing loop: EPUB alone / pandoc EPUB', (column) => ratio(median(column.edited.epubs), column.pandoc)),
    row('peak memory, build (PSS, process tree)', (column) => `${Math.round(Math.max(...column.builds.map((buildRun) => buildRun.peakMb)))} MB`),
    row('peak memory, floor (PSS, process tree)', (column) => `${Math.round(Math.max(...column.floorPeakMb))} MB`),
    '',
    has('pagedjs-cli') ? '' : 'pagedjs-cli: skipped (not installed).',
  ];
  const table = `${lines.join('\n')}\n`;
  process.stdout.write(table);
  const resultsPath = values.out ? resolve(values.out) : join(workDir, 'results.md');
  writeFileSync(resultsPath, table);
  process.stderr.write(`bench: table written to ${resultsPath}\n`);
  return existsSync(resultsPath) ? 0 : 1;
}
