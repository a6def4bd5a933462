// Looks into PDFs the way a reader's tools do, independently of the pipeline's own PDF code:
// poppler's pdftotext (words with positions), pdffonts and pdfinfo, and qpdf's JSON view.
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Line {
  text: string;
  /** Top of the line, from the top of the page (pt). */
  top: number;
  bottom: number;
  /** Height of the tallest word: grows with the font size. */
  height: number;
  words: Word[];
}

export interface TextPage {
  width: number;
  height: number;
  words: Word[];
  lines: Line[];
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every page's words with their boxes (y from the top), soft hyphens removed. */
export function textPages(file: string): TextPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const pages: TextPage[] = [];
  for (const match of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...match[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: decode(word[5]!).replace(/\u00AD/g, '').replace(/[\u00A0\u202F]/g, ' '),
    }));
    pages.push({ width: Number(match[1]), height: Number(match[2]), words, lines: linesOf(words) });
  }
  return pages;
}

/** Words grouped into lines (same baseline), top to bottom, each left to right. */
export function linesOf(words: readonly Word[]): Line[] {
  const lines: Line[] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((candidate) => Math.abs(candidate.bottom - word.yMax) < 2);
    if (line) {
      line.words.push(word);
      line.top = Math.min(line.top, word.yMin);
      line.height = Math.max(line.height, word.yMax - word.yMin);
    } else {
      lines.push({ text: '', top: word.yMin, bottom: word.yMax, height: word.yMax - word.yMin, words: [word] });
    }
  }
  for (const line of lines) {
    line.words.sort((a, b) => a.xMin - b.xMin);
    line.text = line.words.map((word) => word.text).join(' ');
  }
  return lines.sort((a, b) => a.top - b.top);
}

/** Text of the region of one page (1-based), e.g. one half of a booklet sheet. */
export function regionText(file: string, page: number, region: { x: number; y: number; width: number; height: number }): string {
  const args = ['-f', String(page), '-l', String(page), '-x', String(region.x), '-y', String(region.y), '-W', String(region.width), '-H', String(region.height), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\u00AD/g, '').replace(/\f/g, '').trim();
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function fonts(file: string): FontRow[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((row) => row.trim());
  // The columns after the name are: type (may hold spaces), encoding, emb, sub, uni, object, generation.
  return rows.map((row) => {
    const parts = row.trim().split(/\s+/);
    return { name: parts[0]!, embedded: parts.at(-5) === 'yes' };
  });
}

/** qpdf's JSON view: objects under `qpdf[1]`, plus `pages`, `outlines`, `pagelabels`. */
export interface QpdfJson {
  pages: Array<{ object: string; label: unknown; outlines: unknown[] }>;
  outlines: OutlineItem[];
  pagelabels: Array<{ index: number; label: Record<string, unknown> }>;
  qpdf: [unknown, Record<string, { value?: Record<string, unknown> | unknown; stream?: { dict: Record<string, unknown> } }>];
}

export interface OutlineItem {
  title: string;
  dest: unknown;
  destpageposfrom1: number | null;
  kids: OutlineItem[];
}

export function qpdfJson(file: string): QpdfJson {
  return JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })) as QpdfJson;
}

/** An object by reference (`12 0 R`), its stream dictionary for streams. */
export function object(json: QpdfJson, reference: unknown): Record<string, unknown> {
  const entry = json.qpdf[1][`obj:${String(reference)}`];
  const value = entry?.stream?.dict ?? entry?.value;
  return (value ?? {}) as Record<string, unknown>;
}

/** A dictionary value that may be given directly or by reference. */
export function resolve(json: QpdfJson, value: unknown): Record<string, unknown> {
  return typeof value === 'string' && / R$/.test(value) ? object(json, value) : ((value ?? {}) as Record<string, unknown>);
}

export function catalog(json: QpdfJson): Record<string, unknown> {
  const trailer = json.qpdf[1].trailer?.value as Record<string, unknown>;
  return object(json, trailer['/Root']);
}

export function info(json: QpdfJson): Record<string, unknown> {
  const trailer = json.qpdf[1].trailer?.value as Record<string, unknown>;
  return object(json, trailer['/Info']);
}

/** qpdf writes text strings as `u:…`. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/^[ub]:/, '') : '';
}

export function flattenOutline(items: readonly OutlineItem[], depth = 0): Array<{ title: string; depth: number; page: number | null }> {
  return items.flatMap((item) => [{ title: item.title, depth, page: item.destpageposfrom1 }, ...flattenOutline(item.kids, depth + 1)]);
}

export function pageSizes(file: string): Array<{ width: number; height: number }> {
  const output = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
  return [...output.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/**
 * How many painting operators (text: Tj, TJ, ', "; paths: f, F, f*, S, s, B, B*, b, b*; images
 * and forms: Do; shadings: sh) each page's content streams hold, read from qpdf's QDF form
 * (streams uncompressed, each marked with the page it belongs to). Unlike a rendering, this also
 * counts what is drawn outside the page, where no reader shows it.
 */
export function paintOperatorsPerPage(file: string): number[] {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 1 << 30 }).toString('latin1');
  const counts: number[] = [];
  for (const match of qdf.matchAll(/%% Contents for page (\d+)\n(?:%%[^\n]*\n)*\d+ 0 obj\n[\s\S]*?\nstream\n([\s\S]*?)\nendstream/g)) {
    const page = Number(match[1]) - 1;
    counts[page] = (counts[page] ?? 0) + (match[2]!.match(/(?:\bT[jJ]|^'|^"|(?:^|\s)(?:[fFSsBb]\*?|Do|sh))\s*$/gm)?.length ?? 0);
  }
  return counts;
}
