import { describe, expect, it } from 'vitest';
import { transform } from './transform-helpers.ts';

describe('raw HTML is sanitized', () => {
  it.each([
    ['<script>alert(1)</script>', /alert|script/],
    ['<iframe src="https://example.org"></iframe>', /iframe|example/],
    ['<object data="x.swf"></object>', /object|swf/],
    ['<img src="x.png" onerror="alert(1)">', /onerror|alert/],
    ['<a href="javascript:alert(1)">klick</a>', /javascript/],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', /meta|refresh/],
    ['<link rel="stylesheet" href="http://example.org/x.css">', /link|example/],
    ['<p style="background:url(http://example.org/x.png)">Text</p>', /style|example/],
    ['<style>body{display:none}</style>', /style|display/],
    ['<svg><script>alert(1)</script></svg>', /svg|alert/],
  ])('%s', (raw, forbidden) => {
    const { html } = transform(`Vorher\n\n${raw}\n\nNachher`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain('Vorher');
    expect(html).toContain('Nachher');
  });

  it('keeps harmless inline HTML', () => {
    expect(transform('Ein <em>betontes</em> Wort und H<sub>2</sub>O.').html).toBe('<p>Ein <em>betontes</em> Wort und H<sub>2</sub>O.</p>');
  });
});
