// What a rendered PDF says about where things landed; read back by pdf/read-layout.ts and used
// to number pages in the next render. Pages are 0-based physical page indexes.
export interface Destination {
  page: number;
  /** Distance in pt from the top of the page's content area to the top of the element. */
  top: number;
}

export interface InternalLink {
  page: number;
  destination: string;
  /** Top left corner of the link's box, in PDF coordinates (pt from the bottom left of the page). */
  left: number;
  top: number;
}

export interface Layout {
  pageCount: number;
  /** Named destinations by id: Chromium writes one for every id that a link points at. */
  destinations: ReadonlyMap<string, Destination>;
  /** Every internal link annotation, in page order (a link broken over lines appears once per line). */
  links: readonly InternalLink[];
}
