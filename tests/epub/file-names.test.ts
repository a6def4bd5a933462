import { describe, expect, it } from 'vitest';
import type { Book } from '../../pipeline/model.ts';
import { planFileNames } from '../../pipeline/render/epub/file-names.ts';

const book = (entries: string[], pages: string[] = []) =>
  ({ entries: entries.map((slug) => ({ slug })), pages: pages.map((slug) => ({ slug })) }) as unknown as Pick<Book, 'entries' | 'pages'>;

describe('planFileNames', () => {
  it('names terms by slug and the other documents in German', () => {
    const names = planFileNames(book(['inklusion'], ['vorwort']));
    expect([names.entry('inklusion'), names.page('vorwort'), names.cover, names.titlePage, names.nav, names.news, names.register]).toEqual([
      'inklusion.xhtml',
      'vorwort.xhtml',
      'umschlag.xhtml',
      'titelseite.xhtml',
      'toc.xhtml',
      'nachrichten.xhtml',
      'register.xhtml',
    ]);
  });

  it('lets terms keep their slugs: generated documents and pages give way', () => {
    const names = planFileNames(book(['register', 'nachrichten', 'register-2', 'vorwort'], ['vorwort', 'umschlag']));
    expect(names.entry('register')).toBe('register.xhtml');
    expect(names.entry('vorwort')).toBe('vorwort.xhtml');
    expect(names.register).toBe('register-3.xhtml');
    expect(names.news).toBe('nachrichten-2.xhtml');
    expect(names.page('vorwort')).toBe('vorwort-2.xhtml');
    expect(names.page('umschlag')).toBe('umschlag.xhtml');
    expect(names.cover).toBe('umschlag-2.xhtml');
  });

  it('moves only a term called "toc", since the navigation document keeps toc.xhtml', () => {
    const names = planFileNames(book(['toc']));
    expect(names.nav).toBe('toc.xhtml');
    expect(names.entry('toc')).toBe('toc-2.xhtml');
  });
});
