#!/usr/bin/env node
// Generates a large glossary for benchmarks: N entries (default 500) with German running text made
// from the real content's sentences, wiki links and see-also between entries, aliases, the real
// news and Vorwort. Deterministic: the same N gives the same corpus.
// Usage: node bench/generate-corpus.mjs [N] [out-dir]   (default out-dir: bench/out/corpus-N)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const count = Number(process.argv[2] ?? 500);
const out = resolve(process.argv[3] ?? `bench/out/corpus-${count}`);
const content = resolve('content');

let seed = 20261127;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

const adjectives = ['Ästhetische', 'Kulturelle', 'Kommunale', 'Regionale', 'Künstlerische', 'Inklusive', 'Partizipative', 'Schulische', 'Außerschulische', 'Digitale', 'Musische', 'Soziale', 'Interkulturelle', 'Frühkindliche', 'Berufliche', 'Ganztägige', 'Kreative', 'Demokratische', 'Nachhaltige', 'Offene', 'Politische', 'Mediale', 'Historische', 'Literarische', 'Theaterpädagogische'];
const nouns = ['Bildungspartnerschaft', 'Kooperationsvereinbarung', 'Qualitätsentwicklung', 'Projektarbeit', 'Schulentwicklung', 'Lernkultur', 'Teilhabe', 'Vermittlung', 'Bildungslandschaft', 'Netzwerkarbeit', 'Praxisforschung', 'Fortbildung', 'Raumgestaltung', 'Elternarbeit', 'Ganztagsbildung', 'Bildungsberatung', 'Anerkennung', 'Begleitung', 'Evaluation', 'Förderung', 'Steuerung', 'Öffentlichkeitsarbeit', 'Wirkungsforschung', 'Zusammenarbeit', 'Profilbildung'];

const sentences = readdirSync(join(content, 'glossar'))
  .map((name) => readFileSync(join(content, 'glossar', name), 'utf8').split(/^---$/m)[2] ?? '')
  .join(' ')
  .replace(/\[\[([^\]|]+)\|?([^\]]*)\]\]/g, (_, target, label) => label || target)
  .replace(/^#+ .*$/gm, '')
  .split(/(?<=[.!?])\s+/)
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length > 40 && !sentence.includes('[') && !sentence.includes('*'));

const slugify = (text) => text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const titles = [];
for (const noun of nouns) for (const adjective of adjectives) titles.push(`${adjective} ${noun}`);
if (count > titles.length) throw new Error(`At most ${titles.length} entries`);
const chosen = titles.sort(() => random() - 0.5).slice(0, count);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'glossar'), { recursive: true });
cpSync(join(content, 'book.yaml'), join(out, 'book.yaml'));
cpSync(join(content, 'seiten'), join(out, 'seiten'), { recursive: true });
cpSync(join(content, 'nachrichten'), join(out, 'nachrichten'), { recursive: true });

for (const [index, title] of chosen.entries()) {
  const others = () => pick(chosen.filter((other) => other !== title));
  const paragraphs = Array.from({ length: 2 + Math.floor(random() * 3) }, () => {
    const text = Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(sentences));
    if (random() < 0.7) text.splice(1, 0, `Dazu gehört auch [[${others()}]].`);
    return text.join(' ');
  });
  const see = [...new Set([others(), others()])];
  const alias = index % 5 === 0 ? `\naliases: [${title.split(' ').reverse().join(' des ')}]` : '';
  writeFileSync(
    join(out, 'glossar', `${slugify(title)}.md`),
    `---\ntitle: ${title}${alias}\nsee: [${see.join(', ')}]\ndraft: true\n---\n\n${paragraphs.join('\n\n')}\n`,
  );
}
process.stdout.write(`${count} entries in ${out}\n`);
