// Long synchronous work, such as building hundreds of e-book documents, keeps Node from
// answering Chromium while it renders something alongside (the EPUB's cover): each of
// Puppeteer's round trips would wait for the whole loop. Pausing for one turn of the event
// loop every few milliseconds lets those round trips go on, for a few setImmediate calls.

const sliceMs = 8;

/** Resolves after pending I/O callbacks (such as Chromium's answers) have run. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `items.map(map)`, giving the event loop a turn whenever a slice of time has passed. */
export async function pacedMap<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    results.push(map(item));
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return results;
}
