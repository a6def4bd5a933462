// Measures the editing loop of `glossar dev`: from saving an entry to (1) the reload event that
// the server sends to open pages and (2), when Chromium is found, the first frame in which the
// open page shows the new text in a real browser, by the browser's own clock. Works on a copy of the content, never on the original.
//
//   node bin/run.mjs bench/dev-latency.ts [--content DIR] [--edits N]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser } from '../pipeline/browser/find-browser.ts';
import { chromiumFlags } from '../pipeline/browser/session.ts';
import { startDevServer, type DevServer } from '../pipeline/dev/dev-server.ts';
import { openEvents } from '../tests/dev-events.ts';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function summary(name: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return `${name}: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${values.length} saves)`;
}

function editor(content: string) {
  const names = readdirSync(join(content, 'glossar')).filter((name) => name.endsWith('.md')).sort();
  let count = 0;
  return {
    slug: (index: number) => names[index % names.length]!.replace(/\.md$/, ''),
    /** Appends a new sentence to an entry; returns its slug and the sentence. */
    save(index: number): { slug: string; marker: string } {
      const name = names[index % names.length]!;
      const marker = `Messpunkt ${++count}.`;
      const path = join(content, 'glossar', name);
      writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n${marker}\n`);
      return { slug: name.replace(/\.md$/, ''), marker };
    },
  };
}

async function eventLatency(server: DevServer, content: string, edits: number): Promise<number[]> {
  const events = await openEvents(`${server.url}_dev/events`);
  const latencies: number[] = [];
  try {
    await events.next((event) => event.event === 'hello');
    const edit = editor(content);
    for (let index = 0; index < edits; index++) {
      const saved = performance.now();
      const { slug } = edit.save(index);
      const event = await events.next((e) => e.event === 'reload' && (e.data as { changed: string[] }).changed.includes(`${slug}.html`), 10_000);
      latencies.push(event.at - saved);
      await pause(100);
    }
  } finally {
    events.close();
  }
  return latencies;
}

async function browserLatency(server: DevServer, content: string, edits: number, executablePath: string): Promise<number[]> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumFlags });
  const latencies: number[] = [];
  try {
    const page = await browser.newPage();
    const edit = editor(content);
    for (let index = 0; index < edits; index++) {
      await page.goto(`${server.url}${edit.slug(index)}.html`, { waitUntil: 'load' });
      await pause(150); // the live-reload script connects
      // The browser's own clock: the first frame after the new text is in the page.
      const shown = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const marker = /Messpunkt \d+\./g;
            const before = (document.body.textContent ?? '').match(marker)?.length ?? 0;
            new MutationObserver(() => {
              if (((document.body.textContent ?? '').match(marker)?.length ?? 0) > before) requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            }).observe(document.documentElement, { childList: true, subtree: true });
          }),
      );
      await pause(50);
      const savedEpoch = Date.now();
      edit.save(index);
      latencies.push((await shown) - savedEpoch);
    }
  } finally {
    await browser.close();
  }
  return latencies;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { content: { type: 'string' }, edits: { type: 'string' } } });
  const edits = Number(values.edits ?? 20);
  const content = mkdtempSync(join(tmpdir(), 'glossar-latency-'));
  cpSync(resolve(values.content ?? 'content'), content, { recursive: true });
  const server = await startDevServer({ contentDir: content, drafts: true, port: 0, log: () => {}, watch: [content] });
  try {
    const entries = readdirSync(join(content, 'glossar')).length;
    process.stdout.write(`glossar dev, ${entries} entries, ${edits} saves each:\n`);
    process.stdout.write(`- ${summary('save → reload event', await eventLatency(server, content, edits))}\n`);
    const executablePath = findBrowser();
    if (executablePath) process.stdout.write(`- ${summary('save → next frame with the new text in Chromium', await browserLatency(server, content, edits, executablePath))}\n`);
    else process.stdout.write('- browser: skipped (no Chromium found)\n');
  } finally {
    await server.close();
    rmSync(content, { recursive: true, force: true });
  }
  return 0;
}
