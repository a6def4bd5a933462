// Gives Node's garbage back before the stages where the build's processes together need the most
// memory. V8 collects when its own heap grows, not when Chromium's renderers do: at 2,000 entries
// Node held 440 MB beside the renderer laying out the handbook (1.2 GB), and 1.4 GB while saving
// it, much of both garbage left by the stage before. A full collection of a heap that size takes a
// fraction of a second, so it is only asked for when the heap is large.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this heap size a collection gains less than it costs. */
const largeHeap = 256 * 1024 * 1024;

let collect: (() => void) | undefined;

function collector(): () => void {
  if (!collect) {
    // Node offers `gc` only with --expose-gc at its start; the flag set now gives new contexts one.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/** A full garbage collection, when Node's heap is large. */
export function releaseMemory(): void {
  if (process.memoryUsage().heapTotal >= largeHeap) collector()();
}
