// User-facing words and formats, in German, shared by every output.
export const labels = {
  contents: 'Inhalt',
  seeAlso: 'Siehe auch',
  backlinks: 'Verweise auf diesen Begriff',
  news: 'Nachrichten zu Kultur und Schule',
  newsShort: 'Nachrichten',
  register: 'Register',
  glossary: 'Glossar',
  az: 'A–Z',
  skipLink: 'Zum Inhalt springen',
  draft: 'Entwurf',
  draftNote: 'Entwurf: Dieser Text ist ein Platzhalter, bis die Redaktion den endgültigen Beitrag liefert.',
  alsoKnownAs: 'Auch',
  previous: 'Vorheriger Begriff',
  next: 'Nächster Begriff',
  backToGlossary: 'Zurück zum Glossar',
  letters: 'Buchstaben',
  mainNavigation: 'Hauptnavigation',
  breadcrumb: 'Sie sind hier',
  pager: 'Blättern',
  moreNews: 'Alle Nachrichten',
  source: 'Quelle',
  page: 'Seite',
  pageShort: 'S.',
  imprint: 'Impressum',
  edition: 'Stand',
  publisher: 'Herausgeber',
} as const;

const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** `2019-06-19` → `19. Juni 2019`; `2012-11` → `November 2012`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)}. ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `2019-06-19` → `19.06.2019`, as the BKJ site lists news. */
export function formatShortDate(date: string): string {
  const [year, month, day] = date.split('-');
  return day ? `${day}.${month}.${year}` : `${month}/${year}`;
}

/** The alphabet the letter navigation always shows, also for letters without entries. */
export const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
