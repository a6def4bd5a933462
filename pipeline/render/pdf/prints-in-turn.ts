// A series of prints in one tab, overlapped with the work Node does on each: the next print starts
// as soon as the one before is in, so that Chromium prints while Node reads, cuts or stamps the
// last PDF. (Prints in one tab run one after another: a tab shows one document at a time.)

/** Calls `use` on each of `count` prints in order, with the next print already running. */
export async function printInTurn<T>(count: number, print: (index: number) => Promise<T>, use: (printed: T, index: number) => Promise<void> | void): Promise<void> {
  let next = count > 0 ? print(0) : undefined;
  try {
    for (let index = 0; index < count; index++) {
      const printed = await next!;
      next = index + 1 < count ? print(index + 1) : undefined;
      await use(printed, index);
    }
  } finally {
    // A print still running when `use` failed: its failure is not the one to report.
    next?.catch(() => undefined);
  }
}
