import { describe, expect, it } from 'vitest';
import { coverKey, type CoverInputs } from '../../pipeline/render/cover/cover-cache.ts';
import { coverHtml } from '../../pipeline/render/cover/cover-page.ts';
import { sampleMeta as meta } from './sample-meta.ts';

describe('coverKey', () => {
  const inputs: CoverInputs = { html: coverHtml(meta), width: 1600, height: 2400, browser: '/usr/lib/chromium/chromium 251883384 1763000000000' };
  const key = coverKey(inputs, 'code-1');

  it('is the same for the same inputs and code', () => {
    expect(coverKey({ ...inputs }, 'code-1')).toBe(key);
  });

  it('changes with anything that decides the pixels: metadata (and CSS and fonts, all in the page), size, Chromium, code', () => {
    const changed = [
      coverKey({ ...inputs, html: coverHtml({ ...meta, edition: '2024-03-16' }) }, 'code-1'),
      coverKey({ ...inputs, width: 1200, height: 1800 }, 'code-1'),
      coverKey({ ...inputs, browser: '/usr/lib/chromium/chromium 251883400 1765000000000' }, 'code-1'),
      coverKey(inputs, 'code-2'),
    ];
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
  });

  it('has the cover CSS and the font files in the page it hashes', () => {
    expect(inputs.html).toContain('.alphabet');
    expect(inputs.html).toContain('src:url(data:font/woff2;base64,');
  });
});
