import { describe, expect, it } from 'vitest';
import { transform } from './transform-helpers.ts';

describe('remark-wiki-links + remark-entry-links', () => {
  it('links a wiki link by title, keeping the target abstract', () => {
    const { html, file } = transform('Siehe [[Inklusion]].');
    expect(html).toBe('<p>Siehe <a href="#inklusion" data-entry="inklusion">Inklusion</a>.</p>');
    expect(file.messages).toEqual([]);
  });

  it('shows the text after | and resolves aliases case-insensitively', () => {
    const { html } = transform('Zur [[INKLUSIVE bildung|inklusiven Schule]] gehört viel.');
    expect(html).toBe('<p>Zur <a href="#inklusion" data-entry="inklusion">inklusiven Schule</a> gehört viel.</p>');
  });

  it('keeps a #fragment', () => {
    const { html } = transform('[[Inklusion#im-alltag|Alltag]]');
    expect(html).toContain('data-entry="inklusion" data-fragment="im-alltag"');
  });

  it('reports a missing target at the link with a suggestion, and leaves plain text', () => {
    const { html, file } = transform('Text\n\nund [[Inklsion]] hier');
    expect(html).toBe('<p>Text</p>\n<p>und Inklsion hier</p>');
    expect(file.messages.map(String)).toEqual(['glossar/test.md:3:5-3:17: Cannot find glossary entry `Inklsion`; did you mean `Inklusion`?']);
    expect(file.messages[0]?.ruleId).toBe('missing-link-target');
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it('turns a link to a draft left out by --no-drafts into text, with a warning', () => {
    const { html, file } = transform('Vgl. [[Entwurf]].');
    expect(html).toBe('<p>Vgl. Entwurf.</p>');
    expect(file.messages[0]?.ruleId).toBe('link-to-excluded-draft');
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('warns about a self-link', () => {
    const { file } = transform('[[Partizipation]]');
    expect(file.messages[0]?.ruleId).toBe('self-link');
  });

  it('ignores wiki syntax inside code', () => {
    const { html } = transform('`[[Inklusion]]`');
    expect(html).toBe('<p><code>[[Inklusion]]</code></p>');
  });
});

describe('relative .md links', () => {
  it('resolves a link to an entry file', () => {
    const { html } = transform('[Inklusion](inklusion.md#im-alltag)');
    expect(html).toBe('<p><a href="#inklusion" data-entry="inklusion" data-fragment="im-alltag">Inklusion</a></p>');
  });

  it('refuses links out of the content folder', () => {
    const { file } = transform('[x](../../../../etc/passwd)');
    expect(file.messages[0]?.ruleId).toBe('link-outside-content');
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it('reports a missing entry file', () => {
    const { file } = transform('[x](teilhabe.md)');
    expect(String(file.messages[0])).toBe('glossar/test.md:1:1-1:17: Cannot find glossary entry file `teilhabe.md`');
  });

  it('leaves web links alone', () => {
    const { html } = transform('[BKJ](https://www.bkj.de)');
    expect(html).toBe('<p><a href="https://www.bkj.de">BKJ</a></p>');
  });
});
