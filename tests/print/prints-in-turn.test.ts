// printInTurn (pdf/prints-in-turn.ts) overlaps prints with Node's work on them: `use` sees every
// print in order, a lane (a tab) never runs two prints at once, and with two lanes two prints
// run at the same time.
import { describe, expect, it } from 'vitest';
import { printInTurn } from '../../pipeline/render/pdf/prints-in-turn.ts';

/** Prints that finish after `delays[index]` ms, recording what ran when. */
function recorder(delays: readonly number[]) {
  const running = new Set<number>();
  const log = { used: [] as number[], lanes: [] as number[], mostAtOnce: 0, laneClash: false };
  const busyLanes = new Set<number>();
  const print = async (index: number, lane: number) => {
    if (busyLanes.has(lane)) log.laneClash = true;
    busyLanes.add(lane);
    running.add(index);
    log.mostAtOnce = Math.max(log.mostAtOnce, running.size);
    log.lanes[index] = lane;
    await new Promise((resolve) => setTimeout(resolve, delays[index]));
    running.delete(index);
    busyLanes.delete(lane);
    return `pdf ${index}`;
  };
  return { log, print };
}

describe('printInTurn', () => {
  it('with one lane, runs one print at a time and uses them in order', async () => {
    const { log, print } = recorder([5, 1, 3, 1]);
    await printInTurn(4, print, (printed, index) => {
      expect(printed).toBe(`pdf ${index}`);
      log.used.push(index);
    });
    expect(log.used).toEqual([0, 1, 2, 3]);
    expect(log.mostAtOnce).toBe(1);
    expect(log.lanes).toEqual([0, 0, 0, 0]);
  });

  it('with two lanes, runs two prints at once, never two in one lane, and still uses them in order', async () => {
    // The second print finishes long before the first: it must wait its turn to be used.
    const { log, print } = recorder([30, 1, 1, 20, 1]);
    await printInTurn(5, print, (printed, index) => {
      expect(printed).toBe(`pdf ${index}`);
      log.used.push(index);
    }, 2);
    expect(log.used).toEqual([0, 1, 2, 3, 4]);
    expect(log.mostAtOnce).toBe(2);
    expect(log.laneClash).toBe(false);
    expect(log.lanes).toEqual([0, 1, 0, 1, 0]);
  });

  it('reports the failure of `use`, not of a print still running', async () => {
    const print = async (index: number) => {
      if (index === 2) throw new Error('print 2 failed');
      return index;
    };
    await expect(printInTurn(3, print, (_, index) => {
      if (index === 0) throw new Error('use 0 failed');
    }, 2)).rejects.toThrow('use 0 failed');
  });
});

describe('printInTurn when a print fails', () => {
  it('reports a failure in a later lane while an earlier print is still awaited, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const print = async (index: number) => {
        if (index === 1) throw new Error('print 1 timed out');
        await new Promise((resolve) => setTimeout(resolve, 50));
        return index;
      };
      await expect(printInTurn(2, print, () => {}, 2)).rejects.toThrow('print 1 timed out');
      // Let Node look for unhandled rejections after the failing print settled.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
