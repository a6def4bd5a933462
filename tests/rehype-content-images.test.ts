import { describe, expect, it } from 'vitest';
import { transform } from './transform-helpers.ts';

describe('rehype-content-images', () => {
  it('marks a content image with its absolute path', () => {
    const { tree, file } = transform('![Ein Klassenzimmer](../bilder/klasse.png)');
    const image = (tree.children[0] as any).children[0];
    expect(image.properties.dataAsset).toMatch(/tests\/fixtures\/valid\/content\/bilder\/klasse\.png$/);
    expect(file.messages).toEqual([]);
  });

  it('never fetches a remote image: warning and placeholder', () => {
    const { html, file } = transform('![Logo](https://example.org/logo.png)');
    expect(html).toBe('<p><span class="image-placeholder">[Bild: Logo]</span></p>');
    expect(file.messages[0]?.ruleId).toBe('remote-image');
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('reports a missing image and a file that is not an image', () => {
    expect(String(transform('![x](fehlt.png)').file.messages[0])).toBe('glossar/test.md:1:1-1:16: Cannot find image `fehlt.png`');
    expect(transform('![x](../book.yaml)').file.messages[0]?.ruleId).toBe('not-an-image');
  });

  it('refuses images outside the content folder', () => {
    expect(transform('![x](../../../../../../etc/hostname)').file.messages[0]?.ruleId).toBe('image-outside-content');
  });

  it('checks images written as raw HTML too', () => {
    expect(transform('<img src="fehlt.png" alt="x">').file.messages[0]?.ruleId).toBe('missing-image');
  });
});
