// releaseMemory (pipeline/memory.ts) collects the garbage of a large heap.
import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../pipeline/memory.ts';

const mb = (bytes: number) => Math.round(bytes / 1e6);

describe('releaseMemory', () => {
  it('gives back the garbage of a large heap', () => {
    let garbage: number[][] | undefined = Array.from({ length: 400 }, (_, index) => new Array<number>(100_000).fill(index + 0.5));
    const before = process.memoryUsage().heapUsed;
    expect(mb(before)).toBeGreaterThan(300);
    garbage = undefined;
    releaseMemory();
    expect(garbage).toBeUndefined();
    expect(mb(process.memoryUsage().heapUsed)).toBeLessThan(mb(before) - 250);
  });
});
