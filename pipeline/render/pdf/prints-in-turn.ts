// A series of prints overlapped with the work Node does on each: the next print starts as soon
// as one before is in, so that Chromium prints while Node reads, cuts or stamps the last PDF.
// With several lanes (one tab each) that many prints run at once, each in its own renderer
// process: a tab shows one document at a time, so a lane's next print waits for its last.

/**
 * Calls `use` on each of `count` prints in order. `print(index, lane)` runs in lane
 * `index % lanes`; with the default of one lane, the next print runs while `use` works.
 */
export async function printInTurn<T>(count: number, print: (index: number, lane: number) => Promise<T>, use: (printed: T, index: number) => Promise<void> | void, lanes = 1): Promise<void> {
  const running: Array<Promise<T>> = [];
  const start = (index: number) => {
    if (index >= count) return;
    const printing = print(index, index % lanes);
    // Awaited in order, later: a print in another lane may fail while an earlier one is still
    // awaited, and a rejection nobody handles yet ends the process (and leaves its temporary
    // files). The await below still sees the failure.
    printing.catch(() => undefined);
    running[index] = printing;
  };
  for (let index = 0; index < Math.min(lanes, count); index++) start(index);
  // A failure (of a print or of `use`) ends the series; prints still running are left to finish.
  for (let index = 0; index < count; index++) {
    const printed = await running[index]!;
    start(index + lanes);
    await use(printed, index);
  }
}
