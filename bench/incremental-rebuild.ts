// Compares a full in-memory build of the HTML site (load, validate, transform, render every page;
// what `glossar dev` does at start and a one-shot build does before writing) with the
// incremental rebuilds of the editing loop, on generated corpora. Prints a Markdown table of
// medians; nothing is written outside a temporary folder.
//
//   node bin/run.mjs bench/incremental-rebuild.ts [--sizes 26,500,2000] [--runs 5]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IncrementalBuild } from '../pipeline/incremental/incremental-build.ts';
import { loadBook } from '../pipeline/load/load-book.ts';
import { pageHtml, sitePages } from '../pipeline/render/html/render-html.ts';
import { defaultSizes, generateCorpus } from './generate-corpus.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function fullBuild(contentDir: string): Promise<void> {
  const { book } = await loadBook({ contentDir, drafts: true });
  for (const page of sitePages(book!)) pageHtml(page.tree);
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { sizes: { type: 'string' }, runs: { type: 'string' } } });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [...defaultSizes];
  const runs = Number(values.runs ?? 5);
  const rows: string[] = [];
  for (const entries of sizes) {
    const dir = join(mkdtempSync(join(tmpdir(), 'glossar-incremental-bench-')), 'content');
    const corpus = await generateCorpus({ entries, seed: 1, dir });
    // An entry without aliases, so that a new title can keep the old one as its alias.
    const first = corpus.files.find((file) => file.startsWith('glossar/') && !readFileSync(join(dir, file), 'utf8').includes('\naliases:'))!;
    const path = join(dir, first);
    const original = readFileSync(path, 'utf8');
    const full: number[] = [];
    for (let run = 0; run < runs; run++) full.push(await timed(() => fullBuild(dir)));
    const builder = new IncrementalBuild({ contentDir: dir, drafts: true });
    const cold = await timed(() => builder.rebuild());
    const rebuild = async (times: number[], text: string) => {
      writeFileSync(path, text);
      let result;
      times.push(await timed(async () => (result = await builder.rebuild([path]))));
      return result!;
    };
    const body: number[] = [];
    const title: number[] = [];
    const split = { load: [] as number[], render: [] as number[] };
    let pages = { body: 0, title: 0 };
    for (let run = 0; run < runs; run++) {
      const result = await rebuild(body, `${original.trimEnd()}\n\nEin neuer Satz, Fassung ${run}.\n`);
      pages.body = result.work.rendered.length;
      split.load.push(result.ms.load);
      split.render.push(result.ms.render);
    }
    for (let run = 0; run < runs; run++) {
      // A new title, the old one kept as an alias: the linkers' links still resolve.
      const oldTitle = /^title: (.*)$/m.exec(original)![1]!;
      pages.title = (await rebuild(title, original.replace(/^title: .*$/m, `title: "Neu ${run} ${JSON.parse(oldTitle) as string}"\naliases: [${oldTitle}]`))).work.rendered.length;
    }
    writeFileSync(path, original);
    rows.push(`| ${entries} | ${Math.round(median(full))} | ${Math.round(cold)} | ${Math.round(median(body))} (load ${Math.round(median(split.load))} + render ${Math.round(median(split.render))}; ${pages.body} page${pages.body === 1 ? '' : 's'}) | ${Math.round(median(title))} (${pages.title} pages) | ${(median(full) / median(body)).toFixed(0)}× |`);
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(
    [
      `HTML site, in memory, median of ${runs} runs (ms):`,
      '',
      '| entries | full build | first incremental (cold) | one entry\'s text changed | one entry\'s title changed | full / text change |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n'),
  );
  return 0;
}
