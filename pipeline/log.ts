// Progress on stderr: one line per stage with its time, so stdout stays free for data.
export interface Log {
  stage<T>(name: string, run: () => Promise<T> | T): Promise<T>;
  /** A stage timed elsewhere. */
  record(name: string, ms: number): void;
  info(text: string): void;
}

export function createLog(write: (text: string) => void = (text) => process.stderr.write(text)): Log {
  const record = (name: string, ms: number) => write(`glossar: ${name.padEnd(22)} ${Math.round(ms).toString().padStart(6)} ms\n`);
  return {
    async stage(name, run) {
      const started = performance.now();
      const result = await run();
      record(name, performance.now() - started);
      return result;
    },
    record,
    info(text) {
      write(`glossar: ${text}\n`);
    },
  };
}
