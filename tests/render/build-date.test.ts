import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../pipeline/errors.ts';
import { buildDate, isoSeconds } from '../../pipeline/render/build-date.ts';

describe('buildDate', () => {
  const meta = { edition: '2026-11-27' };

  it('is the edition date at midnight UTC by default', () => {
    expect(isoSeconds(buildDate(meta, {}))).toBe('2026-11-27T00:00:00Z');
  });

  it('is SOURCE_DATE_EPOCH when set', () => {
    expect(isoSeconds(buildDate(meta, { SOURCE_DATE_EPOCH: '1700000000' }))).toBe('2023-11-14T22:13:20Z');
    expect(isoSeconds(buildDate(meta, { SOURCE_DATE_EPOCH: '' }))).toBe('2026-11-27T00:00:00Z');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate(meta, { SOURCE_DATE_EPOCH: '2024-01-01' })).toThrow(EnvironmentError);
    expect(() => buildDate(meta, { SOURCE_DATE_EPOCH: '1.5' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not `1.5`; fix or unset it.');
  });
});
