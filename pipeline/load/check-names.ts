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
  // Titles claim their names first, so a clash is reported on the alias, which is easier to change.
  const named = documents.filter((document) => document.kind === 'entry');
  const names = [
    ...named.map((document) => ({ document, name: document.title, what: 'title' as const, place: document.titlePlace })),
    ...named.flatMap((document) => document.aliases.map((alias) => ({ document, name: alias.value, what: 'alias' as const, place: alias.place }))),
  ];
  const nameOwners = new Map<string, { document: ParsedDocument; what: string }>();
  for (const { document, name, what, place } of names) {
    const key = normalize(name);
    const owner = nameOwners.get(key);
    if (!owner) {
      nameOwners.set(key, { document, what });
    } else if (owner.document !== document) {
      reportError(document.file, `${what === 'title' ? 'Title' : 'Alias'} \`${name}\` is already the ${owner.what} of \`${owner.document.file.path}\`; links to it would be ambiguous`, place, what === 'title' ? 'duplicate-title' : 'duplicate-alias');
    }
  }
}

/** File names the HTML site uses for its own pages; an entry or page slug must not take them. */
const siteFileNames = ['index', 'nachrichten'];

/** Entries and front pages share the site's folder, so their slugs must differ from each other and from the site's own pages. */
export function checkSiteFileNames(documents: readonly ParsedDocument[]): void {
  const entrySlugs = new Set(documents.filter((document) => document.kind === 'entry').map((document) => document.slug));
  for (const document of documents) {
    if (document.kind === 'news') continue;
    if (siteFileNames.includes(document.slug)) {
      reportError(document.file, `File name gives the slug \`${document.slug}\`, which the site uses for its own page \`${document.slug}.html\`; rename the file`, { line: 1, column: 1 }, 'reserved-slug');
    } else if (document.kind === 'page' && entrySlugs.has(document.slug)) {
      reportError(document.file, `Page slug \`${document.slug}\` is also a glossary entry's; rename the page`, { line: 1, column: 1 }, 'duplicate-slug');
    }
  }
}
