// The one timestamp a build writes into its outputs, so that two builds of the same content are
// byte-for-byte identical: SOURCE_DATE_EPOCH when set (reproducible-builds.org), otherwise the
// edition date from book.yaml at midnight UTC. Never the wall clock.
import { EnvironmentError } from '../errors.ts';
import type { BookMeta } from '../model.ts';

export function buildDate(meta: Pick<BookMeta, 'edition'>, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new EnvironmentError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not \`${epoch}\`; fix or unset it.`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date(`${meta.edition}T00:00:00Z`);
}

/** `2026-11-27T00:00:00Z`: the form EPUB's `dcterms:modified` requires (no fractions). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
