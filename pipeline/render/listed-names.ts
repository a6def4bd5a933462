// Every name a reader may look up (entry titles and aliases), by A–Z letter in German order:
// the site's A–Z list and the print register are built from it.
import { compareGerman, letterOf } from '../collation.ts';
import type { Book } from '../model.ts';

export interface Listed {
  name: string;
  slug: string;
  alias: boolean;
  title: string;
  draft: boolean;
}

export function listedNames(book: Book): Map<string, Listed[]> {
  const byLetter = new Map<string, Listed[]>();
  for (const entry of book.entries) {
    const names = [{ name: entry.title, alias: false }, ...entry.aliases.map((alias) => ({ name: alias, alias: true }))];
    for (const { name, alias } of names) {
      const letter = letterOf(name);
      if (!byLetter.has(letter)) byLetter.set(letter, []);
      byLetter.get(letter)!.push({ name, slug: entry.slug, alias, title: entry.title, draft: entry.draft });
    }
  }
  for (const list of byLetter.values()) list.sort((a, b) => compareGerman(a.name, b.name));
  return byLetter;
}
