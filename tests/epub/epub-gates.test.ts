// The e-book's quality gates (issue #4): EPUBCheck 4.2.6, epubcheck-ts (EPUBCheck 5 rules)
// and DAISY Ace report nothing, on the real handbook and on the valid fixture corpus. A
// missing checker fails the test; it is never skipped. Each checker runs once per EPUB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ace, buildEpub, epubcheckJava, epubcheckTs, fixtureContent, removeTemporaryFolders, type EpubBuild } from './epub-kit.ts';

const books: Record<'handbook' | 'fixture', EpubBuild> = {} as never;

beforeAll(async () => {
  books.handbook = await buildEpub();
  books.fixture = await buildEpub({ content: fixtureContent });
});

afterAll(removeTemporaryFolders);

describe.each(['handbook', 'fixture'] as const)('the %s EPUB', (name) => {
  it('passes EPUBCheck 4.2.6 with no fatal error, error or warning', async () => {
    const findings = await epubcheckJava(books[name].epub);
    expect(findings.messages).toEqual([]);
    expect([findings.fatals, findings.errors, findings.warnings]).toEqual([0, 0, 0]);
  }, 120_000);

  it('passes epubcheck-ts with no error or warning', async () => {
    const findings = await epubcheckTs(books[name].epub);
    expect(findings.messages.filter((message) => !message.startsWith('info') && !message.startsWith('usage'))).toEqual([]);
    expect([findings.fatals, findings.errors, findings.warnings]).toEqual([0, 0, 0]);
  }, 120_000);

  it('passes DAISY Ace with no violation of any impact', async () => {
    const findings = await ace(books[name].epub);
    expect(findings.violations).toEqual([]);
    expect(findings.outcome).toBe('pass');
  }, 600_000);
});
