// Named failures that map to the CLI's exit codes: usage (2) and environment (3). Content
// problems are not exceptions; they are vfile messages (exit 1).
export class UsageError extends Error {
  override name = 'UsageError';
}

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export const exitCodes = { ok: 0, content: 1, usage: 2, environment: 3, interrupted: 130 } as const;
