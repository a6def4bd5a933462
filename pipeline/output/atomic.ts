// Outputs appear whole or not at all: everything is written under a temporary name in the same
// folder and renamed into place when complete. Temporary paths are tracked so that an
// interrupted build (Ctrl-C, a crash) can remove them; each is forgotten only once removed.
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
}

/** The process that made a temporary output, from its name (see temporaryPath); undefined for other names. */
export function temporaryOwner(name: string): number | undefined {
  const match = /^\..+\.tmp-(\d+)-[a-z0-9]+$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  pending.add(temporary);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
    pending.delete(temporary);
  }
}

/**
 * Fills a fresh temporary folder and swaps it in for `target`, so readers of `target` never see
 * a half-written site. Returns what `fill` returns.
 */
export async function replaceDirectoryAtomic<T>(target: string, fill: (directory: string) => Promise<T>): Promise<T> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  const old = temporaryPath(target);
  pending.add(temporary);
  pending.add(old);
  try {
    await mkdir(temporary);
    const result = await fill(temporary);
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, target);
    return result;
  } finally {
    await rm(temporary, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
    pending.delete(temporary);
    pending.delete(old);
  }
}

/** Has `path` removed if the build is interrupted (e.g. the lock file of a running build). */
export function removeOnInterrupt(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

/** Removes every temporary output of this process. */
export async function removePendingOutputs(): Promise<void> {
  await Promise.all([...pending].map((path) => rm(path, { recursive: true, force: true })));
}

/**
 * The same, synchronously: the last thing an interrupted build does before it exits. The build
 * goes on between the awaits of an asynchronous removal, and a write under way (a folder made
 * with its parents) can bring a removed temporary folder back; no code runs between this and the
 * exit.
 */
export function removePendingOutputsNow(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
}
