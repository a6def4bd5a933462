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

describe('removed raw HTML is reported', () => {
  it('warns at the place of each unsafe element and attribute', () => {
    const { file } = transform('Text\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="x()">klick</a>\n');
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.fatal}`)).toEqual([
      '3:1 unsafe-html false',
      '5:1 unsafe-html false',
      '5:1 unsafe-html false',
    ]);
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Raw HTML `<script>` is not allowed in content and is removed',
      'URL `javascript:alert(1)` on `<a>` is removed: only web, mail and content links are allowed',
      'Event handler `onclick` on `<a>` is removed: content never runs scripts',
    ]);
  });

  it('does not warn about Markdown or harmless HTML', () => {
    expect(transform('Ein <em>Wort</em>, [[Inklusion]], `code`, | a |\n|---|\n| b |').file.messages).toEqual([]);
  });
});
