import { describe, expect, it } from 'vitest';
import { slugify } from '../pipeline/slug.ts';

describe('slugify', () => {
  it.each([
    ['Ästhetisches Lernen', 'aesthetisches-lernen'],
    ['Glück/Lebenskunst/Wohlergehen', 'glueck-lebenskunst-wohlergehen'],
    ['Außerschulische Jugendarbeit', 'ausserschulische-jugendarbeit'],
    ['Kommunale Gesamtkonzepte für Kulturelle Bildung', 'kommunale-gesamtkonzepte-fuer-kulturelle-bildung'],
    ['Künstlerische Fächer', 'kuenstlerische-faecher'],
    ['  „Kultur macht stark“: Karliczek  ', 'kultur-macht-stark-karliczek'],
    ['Crème brûlée', 'creme-brulee'],
    ['Inklusion', 'inklusion'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('treats decomposed umlauts (as macOS writes file names) like composed ones', () => {
    expect(slugify('A\u0308sthetik')).toBe('aesthetik');
  });
});
