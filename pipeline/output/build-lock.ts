// One build per output folder at a time: a second build into the same --out waits for the first
// instead of interleaving files with it. The lock file holds the owner's pid, so a lock left by
// a crashed build (its process is gone) is taken over, and so are its temporary outputs: removed.
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { removeOnInterrupt, temporaryOwner } from './atomic.ts';

export const lockFileName = '.glossar-build.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryAcquire(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (!Number.isInteger(owner) || owner <= 0 || !isRunning(owner)) {
      await rm(path, { force: true });
      return tryAcquire(path);
    }
    return false;
  }
}

export async function withBuildLock<T>(outDir: string, options: { waitMs: number; onWait: (text: string) => void }, run: () => Promise<T>): Promise<T> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, lockFileName);
  const deadline = Date.now() + options.waitMs;
  let announced = false;
  while (!(await tryAcquire(path))) {
    if (!announced) {
      const owner = (await readFile(path, 'utf8').catch(() => '?')).trim();
      options.onWait(`another build (process ${owner}) is writing to ${outDir}; waiting for it to finish …`);
      announced = true;
    }
    if (Date.now() > deadline) {
      throw new EnvironmentError(`Another build is still writing to ${outDir} (lock file ${path}). Wait for it, or remove the lock file if no build is running.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const forget = removeOnInterrupt(path);
  try {
    // A build that died without cleaning up (a crash, a kill -9) left its temporary outputs here;
    // with the lock held, no living build is writing them.
    for (const name of await readdir(outDir)) {
      const owner = temporaryOwner(name);
      if (owner !== undefined && owner !== process.pid && !isRunning(owner)) await rm(join(outDir, name), { recursive: true, force: true });
    }
    return await run();
  } finally {
    // Forgotten only once removed: an interrupted build exits between the two otherwise.
    await rm(path, { force: true });
    forget();
  }
}
