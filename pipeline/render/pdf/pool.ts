// Runs `work` over `items` with at most `size` running at once, each worker reusing one resource
// (e.g. one browser tab); results keep the order of `items`. The first failure stops the pool.
export async function runPool<Resource, Item, Result>(
  items: readonly Item[],
  size: number,
  open: () => Promise<Resource>,
  close: (resource: Resource) => Promise<void>,
  work: (resource: Resource, item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    const resource = await open();
    try {
      while (!failed && next < items.length) {
        const index = next++;
        try {
          results[index] = await work(resource, items[index]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    } finally {
      await close(resource);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return results;
}
