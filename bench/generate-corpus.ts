// Writes a German-like glossary of N entries for benchmarks and scale tests: book.yaml, entries
// with front matter (aliases, see-also, author, date, drafts), bodies of 150–400 words with wiki
// links, relative links, subheads, lists and tables, 8+ news items and a Vorwort. Deterministic:
// the same entries and seed give byte-identical files. The corpus passes `glossar check`.
//
//   node bin/run.mjs bench/generate-corpus.ts --entries 500 --seed 1 --out bench/out/corpus-500
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalize } from '../pipeline/transform/entry-index.ts';
import { slugify } from '../pipeline/slug.ts';
import * as words from './corpus-words.ts';
import { Random } from './prng.ts';

export const defaultSizes = [26, 500, 2000] as const;

/** Written into every generated folder; only such folders are ever emptied by the generator. */
export const corpusMarker = '.generated-corpus';

export interface CorpusOptions {
  entries: number;
  seed: number;
  /** The content folder to write; must be empty, missing, or an earlier generated corpus. */
  dir: string;
}

export interface CorpusSummary {
  dir: string;
  entries: number;
  drafts: number;
  news: number;
  /** Paths relative to `dir`, in the order they were written. */
  files: string[];
  bytes: number;
  /** Body word counts of the entries, for checks. */
  words: number[];
}

interface PlannedEntry {
  title: string;
  slug: string;
  alias?: string;
  /** Plural or other inflected form that links may show as their text. */
  plural: string;
  draft: boolean;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const root = (part: string) => part.toLowerCase().replace(/s$/, '');

/** Unique German-like titles: compounds of two or three morphemes, some with an adjective. */
function planTitles(random: Random, count: number): PlannedEntry[] {
  const planned: PlannedEntry[] = [];
  const names = new Set<string>();
  const slugs = new Set<string>();
  let attempts = 0;
  while (planned.length < count) {
    if (++attempts > count * 200) throw new Error(`Cannot find ${count} different titles; the vocabulary is too small`);
    const first = random.pick(words.firstParts);
    const [head, gender, plural] = random.pick(words.heads);
    const shape = random.next();
    let compound = first + head;
    let compoundPlural = first + plural;
    if (shape < 0.3) {
      const middle = random.pick(words.middleParts);
      if (root(middle) === root(first) || root(middle) === root(head)) continue;
      compound = first + middle + head;
      compoundPlural = first + middle + plural;
    } else if (root(first) === root(head)) {
      continue;
    }
    let title = compound;
    let titlePlural = compoundPlural;
    if (shape > 0.75) {
      const adjective = random.pick(words.adjectives);
      title = `${adjective}${words.adjectiveEndings[gender]} ${compound}`;
      titlePlural = `${adjective}${words.adjectiveEndings.plural} ${compoundPlural}`;
    }
    const slug = slugify(title);
    if (names.has(normalize(title)) || slugs.has(slug)) continue;
    names.add(normalize(title));
    slugs.add(slug);
    planned.push({ title, slug, plural: capitalize(titlePlural), draft: false });
  }
  // Aliases come after all titles, so that no alias can take another entry's title.
  for (const entry of planned) {
    entry.draft = random.chance(0.15);
    if (!random.chance(0.3) || entry.plural === entry.title || names.has(normalize(entry.plural))) continue;
    names.add(normalize(entry.plural));
    entry.alias = entry.plural;
  }
  return planned;
}

class Writer {
  readonly parts: string[] = [];
  words = 0;

  add(block: string): void {
    this.parts.push(block);
    this.words += countWords(block);
  }

  text(): string {
    return `${this.parts.join('\n\n')}\n`;
  }
}

/** Words of Markdown as a reader counts them: without markup such as `|`, `-`, `##`, `1.`. */
export function countWords(markdown: string): number {
  const plain = markdown.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2').replace(/\[\[([^\]]+)\]\]/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word) && !/^\d+\.$/.test(word)).length;
}

interface BodyContext {
  random: Random;
  self: PlannedEntry;
  others: PlannedEntry[];
  /** Sentence templates not yet used in this entry, so that no sentence repeats. */
  unused: string[];
}

function linkTo(context: BodyContext, target: PlannedEntry): string {
  const style = context.random.next();
  if (style < 0.1) return `[${target.title}](${target.slug}.md)`;
  if (style < 0.25 && target.alias) return `[[${target.alias}]]`;
  if (style < 0.4) return `[[${target.title}|${target.plural}]]`;
  return `[[${target.title}]]`;
}

function fill(template: string, context: BodyContext, links: PlannedEntry[]): string {
  const { random } = context;
  return template.replace(/\{([TLCPAO])\}/g, (_, slot: string) => {
    switch (slot) {
      case 'T':
        return context.self.title;
      case 'L': {
        const target = random.pick(context.others);
        links.push(target);
        return linkTo(context, target);
      }
      case 'C':
        return random.pick(words.feminineCompounds);
      case 'P':
        return random.pick(words.neuterCompounds);
      case 'A':
        return random.pick(words.actors);
      default:
        return random.pick(words.objects);
    }
  });
}

function paragraph(context: BodyContext, sentences: number, links: PlannedEntry[]): string {
  if (context.unused.length < sentences) context.unused = [...words.bodySentences];
  const chosen = context.random.sample(context.unused, sentences);
  context.unused = context.unused.filter((template) => !chosen.includes(template));
  return chosen.map((template) => fill(template, context, links)).join(' ');
}

function entryBody(context: BodyContext): { text: string; words: number; links: PlannedEntry[] } {
  const { random } = context;
  const links: PlannedEntry[] = [];
  const body = new Writer();
  const target = random.int(150, 340);
  body.add(`${fill(random.pick(words.introSentences), context, links)} ${paragraph(context, random.int(2, 3), links)}`);
  const headings = random.chance(0.45) ? random.sample(words.subheads, random.int(1, 2)) : [];
  let list = random.chance(0.4);
  let table = random.chance(0.15);
  while (body.words < target) {
    const room = 400 - body.words;
    if (headings.length > 0 && random.chance(0.5)) body.add(`## ${headings.shift()}`);
    if (list && room > 80 && random.chance(0.5)) {
      list = false;
      const ordered = random.chance(0.3);
      const items = random.sample(words.listItems, random.int(3, 5));
      if (random.chance(0.5)) items.push(`Bezüge zu ${fill('{L}', context, links)}`);
      body.add(`${random.pick(words.listIntros)}\n\n${items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item}`).join('\n')}`);
    } else if (table && room > 80 && random.chance(0.5)) {
      table = false;
      const rows = random.sample(words.tableRows, random.int(3, 4));
      body.add(['| Ebene | Beteiligte | Aufgabe |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
    } else {
      body.add(paragraph(context, room > 90 ? random.int(2, 4) : 1, links));
    }
  }
  return { text: body.text(), words: body.words, links };
}

const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

function entryFile(context: BodyContext, body: string): string {
  const { random, self, others } = context;
  const see = random.sample(others, random.int(1, 3)).map((target) => (target.alias && random.chance(0.2) ? target.alias : target.title));
  const lines = ['---', `title: ${yamlString(self.title)}`];
  if (self.alias) lines.push(`aliases: ${yamlList([self.alias])}`);
  lines.push(`see: ${yamlList(see)}`);
  if (random.chance(0.6)) lines.push(`author: ${random.pick(words.authors)}`);
  if (random.chance(0.6)) {
    const year = random.int(2010, 2024);
    const month = String(random.int(1, 12)).padStart(2, '0');
    lines.push(`date: ${random.chance(0.5) ? `${year}-${month}` : `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`}`);
  }
  if (self.draft) lines.push('draft: true');
  return `${lines.join('\n')}\n---\n\n${body}`;
}

function isoDay(daysSinceEpoch: number): string {
  return new Date(daysSinceEpoch * 86_400_000).toISOString().slice(0, 10);
}

function newsFiles(random: Random, entries: PlannedEntry[]): Array<[string, string]> {
  const count = Math.max(8, Math.ceil(entries.length / 50));
  const files: Array<[string, string]> = [];
  const names = new Set<string>();
  let day = Date.UTC(2019, 5, 19) / 86_400_000;
  while (files.length < count) {
    const topic = random.pick(entries);
    const title = random.pick(words.newsTitles).replace('{T}', topic.title).replace('{city}', random.pick(words.cities));
    const date = isoDay(day);
    const name = `${date}-${slugify(title).slice(0, 60).replace(/-+$/, '')}`;
    if (names.has(name)) continue;
    names.add(name);
    day -= random.int(1, 9);
    const lines = ['---', `title: ${yamlString(title)}`, `date: ${date}`];
    if (random.chance(0.6)) lines.push(`link: https://www.bkj.de/nachrichten/${name}/`);
    if (random.chance(0.3)) lines.push('draft: true');
    const text = `Die Meldung berichtet über [[${topic.title}]] und darüber, wie ${random.pick(words.actors)} ${random.pick(words.objects)} gemeinsam gestalten. ${random.pick(words.cities)} ist dabei einer der Orte, an denen die ${random.pick(words.feminineCompounds)} besonders sichtbar wird.`;
    files.push([`nachrichten/${name}.md`, `${lines.join('\n')}\n---\n\n${text}\n`]);
  }
  return files;
}

function bookYaml(random: Random, options: CorpusOptions): string {
  const identifier = `urn:uuid:${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${random.hex(3)}-${random.hex(12)}`;
  return [
    '# Generated by bench/generate-corpus.ts; do not edit.',
    'title: Generiertes Glossar Kulturelle Schulentwicklung',
    `subtitle: ${yamlString(`${options.entries} Begriffe, Seed ${options.seed}`)}`,
    'publisher: Bundesvereinigung Kulturelle Kinder- und Jugendbildung e. V.',
    'publisherShort: BKJ',
    'funding: Gefördert vom Bundesministerium für Familie, Senioren, Frauen und Jugend',
    'language: de',
    `identifier: ${identifier}`,
    'edition: 2026-01-15',
    'description: Ein generiertes Glossar für Messungen und Skalierungstests der Pipeline; die Texte sind sinnvoll gebaut, aber erfunden.',
    'rights: Nur für Tests.',
    'keywords: [Kulturelle Bildung, Schulentwicklung, Benchmark]',
    `output: generiertes-glossar-${options.entries}`,
    '',
  ].join('\n');
}

function vorwort(options: CorpusOptions): string {
  return `---\ntitle: Vorwort\norder: 1\n---\n\nDieses Glossar ist für Messungen erzeugt worden: ${options.entries} Begriffe mit Querverweisen, Listen, Tabellen und langen Komposita wie „Kulturkooperationsvereinbarung“ oder „Schulentwicklungsprozess“. Die Texte klingen wie ein Fachglossar, sind aber aus Bausteinen zusammengesetzt (Seed ${options.seed}).\n\nZur Benutzung: Die Begriffe sind alphabetisch geordnet; Links im Text und die Hinweise „Siehe auch“ führen zu verwandten Begriffen.\n`;
}

/** Empties `dir` when it holds an earlier generated corpus; refuses any other non-empty folder. */
async function prepareFolder(dir: string): Promise<void> {
  if (existsSync(dir)) {
    const names = await readdir(dir);
    if (names.length > 0 && !names.includes(corpusMarker)) throw new Error(`${dir} is not empty and holds no generated corpus; choose an empty or new folder`);
    await Promise.all(names.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  }
  await Promise.all(['glossar', 'nachrichten', 'seiten'].map((folder) => mkdir(join(dir, folder), { recursive: true })));
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  if (!Number.isInteger(options.entries) || options.entries < 2) throw new Error(`entries must be an integer ≥ 2, not ${options.entries}`);
  const random = new Random(options.seed);
  const entries = planTitles(random, options.entries);
  const files: Array<[string, string]> = [['book.yaml', bookYaml(random, options)], ['seiten/vorwort.md', vorwort(options)]];
  const counts: number[] = [];
  for (const self of entries) {
    const context: BodyContext = { random, self, others: entries.filter((entry) => entry !== self), unused: [...words.bodySentences] };
    const body = entryBody(context);
    counts.push(body.words);
    files.push([`glossar/${self.slug}.md`, entryFile(context, body.text)]);
  }
  files.push(...newsFiles(random, entries));
  files.push([corpusMarker, `entries ${options.entries}, seed ${options.seed}\n`]);

  await prepareFolder(options.dir);
  // Written 32 at a time: one by one, a 2,000-entry corpus spends most of its time waiting.
  for (let start = 0; start < files.length; start += 32) {
    await Promise.all(files.slice(start, start + 32).map(([path, text]) => writeFile(join(options.dir, path), text)));
  }
  const bytes = files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  return {
    dir: options.dir,
    entries: entries.length,
    drafts: entries.filter((entry) => entry.draft).length,
    news: files.filter(([path]) => path.startsWith('nachrichten/')).length,
    files: files.map(([path]) => path),
    bytes,
    words: counts,
  };
}

export const usage = `Usage: node bin/run.mjs bench/generate-corpus.ts [--entries N] [--seed S] [--out DIR]

  --entries N   number of glossary entries (default: each of ${defaultSizes.join(', ')})
  --seed S      seed of the generator, an integer (default: 1)
  --out DIR     content folder to write (default: bench/out/corpus-<N>)`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { entries: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const seed = Number(values.seed ?? 1);
  const sizes = values.entries === undefined ? [...defaultSizes] : [Number(values.entries)];
  if (!Number.isInteger(seed) || sizes.some((size) => !Number.isInteger(size) || size < 2) || (values.out && sizes.length > 1)) {
    process.stderr.write(`--entries must be an integer ≥ 2 (and is required with --out), --seed an integer\n\n${usage}\n`);
    return 2;
  }
  for (const entries of sizes) {
    const dir = resolve(values.out ?? join('bench', 'out', `corpus-${entries}`));
    const started = performance.now();
    const summary = await generateCorpus({ entries, seed, dir });
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`corpus: ${summary.entries} entries (${summary.drafts} drafts), ${summary.news} news, ${(summary.bytes / 1024).toFixed(0)} KiB in ${dir}; ${ms} ms\n`);
  }
  return 0;
}
