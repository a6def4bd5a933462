// Progress on stderr: one line per stage with its time, so stdout stays free for data.
export interface Log {
  stage<T>(name: string, run: () => Promise<T> | T): Promise<T>;
  info(text: string): void;
}

export function createLog(write: (text: string) => void = (text) => process.stderr.write(text)): Log {
  return {
    async stage(name, run) {
      const started = performance.now();
      const result = await run();
      write(`glossar: ${name.padEnd(22)} ${Math.round(performance.now() - started).toString().padStart(6)} ms\n`);
      return result;
    },
    info(text) {
      write(`glossar: ${text}\n`);
    },
  };
}
