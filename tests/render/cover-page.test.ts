import { describe, expect, it } from 'vitest';
import { coverHtml } from '../../pipeline/render/cover/cover-page.ts';
import { sampleMeta as meta } from './sample-meta.ts';

describe('coverHtml', () => {
  const html = coverHtml(meta);

  it('is a German page with title, subtitle, publisher, funding line and edition, escaped', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<h1>Glossar &#x3C;Test> &#x26; mehr</h1>');
    expect(html).toContain('<p class="subtitle">Ein Untertitel</p>');
    expect(html).toContain('<p class="publisher">Beispielverband e. V.</p>');
    expect(html).toContain('<p class="funding">Gefördert von niemandem</p>');
    expect(html).toContain('<p class="edition">Stand: 15. März 2024</p>');
  });

  it('needs nothing from outside: its fonts are data URLs and it has no script', () => {
    expect(html).toContain("src:url(data:font/woff2;base64,");
    expect(html).not.toMatch(/<script|<link|url\((?!data:)/);
  });
});
