// What the bundle has instead of node-fetch (bin/bundle.mjs): epub-gen-memory loads it to fetch
// images and fonts, which this pipeline never lets it do (epub-assembler.ts hands it the bytes).
// node-fetch and what it pulls in (whatwg-url, tr46's Unicode tables) were a third of the
// e-book's code, and loading them ~50 ms of a 26-entry EPUB build.
export default function noFetch(url: unknown): never {
  throw new Error(`epub: nothing is fetched while building the e-book (asked for ${String(url)})`);
}
