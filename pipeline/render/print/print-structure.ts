// The shape of the print document as the page planner needs it: which parts it has, in which
// order, which entries, and whom each mention link refers to. Produced with the document.

/** The pages before the first part, in order (the cover is page 1). */
export type TitlePage = 'cover' | 'blank' | 'title' | 'imprint';

export interface PrintPart {
  /** Id of the part's heading, e.g. `teil-vorwort`. */
  id: string;
  /** Text of the running head on the part's following pages. */
  title: string;
  /** The glossary's running heads name the entries on the page instead of the part. */
  dictionary: boolean;
  /** Arabic page numbers start with this part; the pages before it count in roman numerals. */
  startsArabic: boolean;
  /**
   * Printed on its own once all other pages are final, and appended (only the last part can be):
   * its page numbers then come from the final layout, and it never causes another render.
   */
  appended?: boolean;
}

export interface PrintStructure {
  titlePages: readonly TitlePage[];
  /** Every part starts on a new right-hand page. */
  parts: readonly PrintPart[];
  /** Entries in A–Z order: their heading ids and titles, for dictionary running heads. */
  entries: ReadonlyArray<{ slug: string; id: string; title: string }>;
  /** Ids of the letter headings in the glossary. */
  letters: readonly string[];
  /** Entry slug of every mention link, by its index (`verweis-3` mentions `mentions[3]`). */
  mentions: readonly string[];
}
