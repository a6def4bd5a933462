// Watches folders recursively (fs.watch's `recursive` works on Linux since Node 20) and reports
// changed paths in batches, once the editor has finished saving (a short quiet time).
import { watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';

export interface Watcher {
  close(): void;
}

/** Editor leftovers that never are content: swap and backup files, hidden files. */
function ignored(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || /^\d+$/.test(name);
}

export function watchFolders(dirs: readonly string[], onChange: (paths: string[]) => void, options: { quietMs: number; onError: (error: Error) => void }): Watcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending = new Set();
    if (paths.length > 0) onChange(paths);
  };
  const watchers: FSWatcher[] = dirs.map((dir) => {
    const watcher = watch(dir, { recursive: true }, (_event, name) => {
      const path = join(dir, name ?? '');
      if (name && ignored(path)) return;
      pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(flush, options.quietMs);
    });
    watcher.on('error', options.onError);
    return watcher;
  });
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
