// German words only the e-book uses; the shared ones are in ../german.ts.
import type { BookMeta } from '../../model.ts';
import { formatDate, labels } from '../german.ts';

export const epubWords = {
  cover: 'Umschlag',
  titlePage: 'Titelseite',
  titleAndImprint: 'Titelseite und Impressum',
  landmarks: 'Orientierungspunkte',
  glossaryAz: `${labels.glossary} ${labels.az}`,
  identifier: 'Kennung',
  see: 'siehe',
  registerNote: 'Alle Begriffe des Glossars und ihre weiteren Bezeichnungen; „siehe“ führt von einer weiteren Bezeichnung zum Begriff.',
  other: 'Sonstige',
};

/** How a letter group is called: its letter, or "Sonstige" for titles that start otherwise. */
export function letterLabel(letter: string): string {
  return /^[A-Z]$/.test(letter) ? letter : epubWords.other;
}

/** What the cover shows, as one sentence for its alt text. */
export function coverAlt(meta: BookMeta): string {
  const title = meta.subtitle ? `${meta.title} – ${meta.subtitle}` : meta.title;
  return `${epubWords.cover}: ${title}. ${meta.publisher}, ${labels.edition}: ${formatDate(meta.edition)}`;
}
