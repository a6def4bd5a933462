// Checks names across files: slugs, titles and aliases must each point to exactly one document.
import { reportError } from '../messages.ts';
import { normalize } from '../transform/entry-index.ts';
import type { ParsedDocument } from './read-document.ts';

export function checkNames(documents: readonly ParsedDocument[]): void {
  const slugOwners = new Map<string, ParsedDocument>();
  for (const document of documents) {
    const key = `${document.kind}:${document.slug}`;
    const owner = slugOwners.get(key);
    if (owner) {
      reportError(document.file, `Slug \`${document.slug}\` is already used by \`${owner.file.path}\`; file names that differ only in case, umlauts or punctuation give the same slug — rename one`, { line: 1, column: 1 }, 'duplicate-slug');
    } else {
      slugOwners.set(key, document);
    }
  }
  const nameOwners = new Map<string, { document: ParsedDocument; what: string }>();
  for (const document of documents) {
    if (document.kind !== 'entry') continue;
    const names = [{ name: document.title, what: 'title', place: document.titlePlace }, ...document.aliases.map((alias) => ({ name: alias.value, what: 'alias', place: alias.place }))];
    for (const { name, what, place } of names) {
      const key = normalize(name);
      const owner = nameOwners.get(key);
      if (owner && owner.document !== document) {
        reportError(document.file, `${what === 'title' ? 'Title' : 'Alias'} \`${name}\` is already the ${owner.what} of \`${owner.document.file.path}\`; links to it would be ambiguous`, place, what === 'title' ? 'duplicate-title' : 'duplicate-alias');
      } else if (!owner) {
        nameOwners.set(key, { document, what });
      }
    }
  }
}
