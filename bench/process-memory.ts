// Peak memory of a process tree (our CLI plus every Chromium process it starts), sampled from
// /proc: the sum of PSS (proportional set size, so shared pages are not counted twice).
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    // Field 4 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(Number(name));
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

function pssKb(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the tree under `pid` every `intervalMs` until stopped; returns the peak in MB. Reading
 * smaps_rollup walks a process's page tables, which slows what is measured: sampled every 100 ms,
 * a build of 500 entries took 32.8 and 35.1 s against 31.3 and 29.3 s unsampled; every 500 ms,
 * 31.0 s against 28.8 s (single runs, which spread by about 2 s). The peaks of a build (a screen
 * layout, a print) last seconds.
 */
export function samplePeakMemory(pid: number, intervalMs = 500): { stop(): number } {
  let peakKb = 0;
  const sample = () => {
    peakKb = Math.max(peakKb, treeOf(pid).reduce((sum, member) => sum + pssKb(member), 0));
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}
