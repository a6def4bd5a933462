// German dictionary order (DIN 5007-1: Ä sorts as A) and the A–Z letter an entry is filed under.
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function compareGerman(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function letterOf(title: string): string {
  const first = title.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The id of a letter's group in any output: `buchstabe-a`, or `buchstabe-sonstige` for `#`. */
export function letterId(letter: string): string {
  return `buchstabe-${/^[A-Z]$/.test(letter) ? letter.toLowerCase() : 'sonstige'}`;
}
