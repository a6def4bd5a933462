// German words that only the print outputs use (the shared ones are in ../german.ts).
export const printLabels = {
  glossaryPart: 'Glossar A–Z',
  /** Before a page number: `S. 12`. */
  page: 'S.',
  /** Handout footer: `Seite 1 von 2` (handout-footers.ts). */
  pageOf: 'von',
  alias: 'siehe',
  funding: 'Förderung',
  fonts: 'Gesetzt aus der Source Serif 4 und der Source Sans 3 (SIL Open Font License).',
  identifier: 'Kennung',
  rightsFallback: 'Alle Rechte vorbehalten.',
  handoutSource: 'Aus dem',
} as const;
