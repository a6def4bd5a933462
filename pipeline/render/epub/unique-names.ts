// Names (ids, file names) that never clash with those already taken: `base`, then `base-2` …
export function nameAllocator(taken: Iterable<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}
