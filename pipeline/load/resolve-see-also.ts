// Turns the `see` names of an entry's front matter into slugs, reporting the ones that miss.
import { reportError, reportWarning } from '../messages.ts';
import type { EntryIndex } from '../transform/entry-index.ts';
import type { ParsedEntry } from './read-document.ts';

export function resolveSeeAlso(entry: ParsedEntry, index: EntryIndex): string[] {
  const slugs: string[] = [];
  for (const target of entry.see) {
    const lookup = index.byName(target.value);
    if ('slug' in lookup) {
      if (lookup.slug === entry.slug) reportWarning(entry.file, `\`see\` names the entry itself (\`${target.value}\`); left out`, target.place, 'self-link');
      else if (!slugs.includes(lookup.slug)) slugs.push(lookup.slug);
    } else if ('excluded' in lookup) {
      reportWarning(entry.file, `See-also \`${target.value}\` is a draft that this build leaves out (--no-drafts); left out`, target.place, 'link-to-excluded-draft');
    } else {
      reportError(entry.file, lookup.missing.replace('Cannot find', 'See-also: cannot find'), target.place, 'missing-see-target');
    }
  }
  return slugs;
}
