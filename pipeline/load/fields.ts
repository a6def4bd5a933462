// Typed reads of front-matter fields. Each reports a precise message and returns undefined when
// the value has the wrong shape, so that one run shows every problem in a file.
import type { VFile } from 'vfile';
import { reportError, reportWarning } from '../messages.ts';
import type { FrontMatter, FrontMatterField } from './front-matter.ts';

export interface PlacedString {
  value: string;
  place: FrontMatterField['valuePlace'];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a nested map';
  return `${typeof value === 'string' ? 'text' : typeof value} \`${String(value)}\``;
}

export function readString(file: VFile, matter: FrontMatter, key: string, required: boolean): string | undefined {
  const field = matter.fields.get(key);
  if (!field || field.value === null || (typeof field.value === 'string' && field.value.trim() === '')) {
    if (required) reportError(file, `Missing \`${key}\`: add a line \`${key}: …\` to the front matter`, field?.valuePlace ?? matter.place, `missing-${key}`);
    return undefined;
  }
  if (typeof field.value === 'number' || typeof field.value === 'boolean') return String(field.value);
  if (typeof field.value !== 'string') {
    reportError(file, `\`${key}\` must be text, not ${describe(field.value)}`, field.valuePlace, 'invalid-type');
    return undefined;
  }
  return field.value.trim();
}

/** A list of strings; a single string is accepted as a list of one. */
export function readStringList(file: VFile, matter: FrontMatter, key: string): PlacedString[] {
  const field = matter.fields.get(key);
  if (!field || field.value === null) return [];
  if (typeof field.value === 'string') return field.value.trim() ? [{ value: field.value.trim(), place: field.valuePlace }] : [];
  if (!Array.isArray(field.value)) {
    reportError(file, `\`${key}\` must be a list like \`[Inklusion, Partizipation]\`, not ${describe(field.value)}`, field.valuePlace, 'invalid-type');
    return [];
  }
  const items: PlacedString[] = [];
  field.value.forEach((item, index) => {
    const place = field.itemPlaces[index] ?? field.valuePlace;
    if (typeof item !== 'string' || item.trim() === '') {
      reportError(file, `Every item of \`${key}\` must be text, not ${describe(item)}`, place, 'invalid-type');
    } else {
      items.push({ value: item.trim(), place });
    }
  });
  return items;
}

export function readBoolean(file: VFile, matter: FrontMatter, key: string): boolean {
  const field = matter.fields.get(key);
  if (!field || field.value === null) return false;
  if (typeof field.value !== 'boolean') {
    reportError(file, `\`${key}\` must be \`true\` or \`false\`, not ${describe(field.value)}`, field.valuePlace, 'invalid-type');
    return false;
  }
  return field.value;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True for `YYYY-MM` (when allowed) or `YYYY-MM-DD` naming a real month and day. */
export function isValidDate(text: string, allowMonth: boolean): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number | undefined];
  if (month < 1 || month > 12) return false;
  if (Number.isNaN(day)) return allowMonth;
  return day! >= 1 && day! <= daysInMonth(year, month);
}

export function readDate(file: VFile, matter: FrontMatter, key: string, options: { required: boolean; allowMonth: boolean }): string | undefined {
  const text = readString(file, matter, key, options.required);
  if (text === undefined) return undefined;
  if (!isValidDate(text, options.allowMonth)) {
    const shape = options.allowMonth ? '`YYYY-MM` or `YYYY-MM-DD`' : '`YYYY-MM-DD`';
    reportError(file, `\`${key}\` must be a real date written as ${shape}, not \`${text}\``, matter.fields.get(key)!.valuePlace, 'invalid-date');
    return undefined;
  }
  return text;
}

export function warnUnknownKeys(file: VFile, matter: FrontMatter, known: readonly string[]): void {
  for (const field of matter.fields.values()) {
    if (!known.includes(field.key)) {
      const hint = known.map((key) => `\`${key}\``).join(', ');
      reportWarning(file, `Unknown front matter key \`${field.key}\` is ignored; known keys: ${hint}`, field.keyPlace, 'unknown-key');
    }
  }
}
