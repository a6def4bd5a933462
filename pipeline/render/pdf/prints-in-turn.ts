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
    if (index < count) running[index] = print(index, index % lanes);
  };
  for (let index = 0; index < Math.min(lanes, count); index++) start(index);
  try {
    for (let index = 0; index < count; index++) {
      const printed = await running[index]!;
      start(index + lanes);
      await use(printed, index);
    }
  } finally {
    // Prints still running when `use` failed: their failures are not the ones to report.
    for (const pending of running) pending?.catch(() => undefined);
  }
}
