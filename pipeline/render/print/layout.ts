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
}

/** A link annotation of a printed PDF. */
export interface PrintedLink extends InternalLink {
  /** Top left corner of the link's box, in PDF coordinates (pt from the bottom left of the page). */
  left: number;
  top: number;
}

export interface Layout {
  pageCount: number;
  /** Where every id that a link points at landed (Chromium writes a named destination for each). */
  destinations: ReadonlyMap<string, Destination>;
  /** Internal links, in page order (a link broken over lines appears once per line): all of them in
   * a printed layout, the mentions (links with an id) in a measured one. */
  links: readonly InternalLink[];
}

/** The layout of a PDF Chromium printed: with the link boxes, which are needed to link to them. */
export interface PrintedLayout extends Layout {
  links: readonly PrintedLink[];
}
