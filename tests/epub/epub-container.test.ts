// What a reader gets, read from the EPUB itself (issue #4 §2): `mimetype` first and stored,
// a file per term, every link resolving to an existing file and fragment, the navigation
// listing every term, German everywhere, and the fixture's special cases.
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../pipeline/load/load-book.ts';
import type { Book } from '../../pipeline/model.ts';
import { attributeValues, buildEpub, fixtureContent, openEpub, realContent, removeTemporaryFolders, resolveHref, temporaryFolder, type OpenedEpub } from './epub-kit.ts';

interface Subject {
  book: Book;
  epub: OpenedEpub;
}

const subjects: Record<'handbook' | 'fixture' | 'fixtureWithoutDrafts', Subject> = {} as never;

async function subject(content: string, flags: string[] = []): Promise<Subject> {
  const { book } = await loadBook({ contentDir: content, drafts: !flags.includes('--no-drafts') });
  const build = await buildEpub({ content, flags });
  return { book: book!, epub: await openEpub(build.epub) };
}

beforeAll(async () => {
  subjects.handbook = await subject(realContent);
  subjects.fixture = await subject(fixtureContent);
  subjects.fixtureWithoutDrafts = await subject(fixtureContent, ['--no-drafts']);
});

afterAll(removeTemporaryFolders);

const xhtmlNames = (epub: OpenedEpub) => epub.names.filter((name) => name.endsWith('.xhtml'));

describe.each(['handbook', 'fixture', 'fixtureWithoutDrafts'] as const)('the %s EPUB', (name) => {
  it('starts with the mimetype entry, stored uncompressed and without extra field', () => {
    const { bytes, names } = subjects[name].epub;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + 8))).toBe('mimetype');
    expect(new TextDecoder().decode(bytes.subarray(38, 38 + 20))).toBe('application/epub+zip');
    expect(names[0]).toBe('mimetype');
  });

  it('has one <slug>.xhtml per term, each a glossary entry with the term as dfn', async () => {
    const { book, epub } = subjects[name];
    for (const entry of book.entries) {
      const xhtml = await epub.text(`OEBPS/${entry.slug}.xhtml`);
      expect(xhtml).toContain('epub:type="glossary" role="doc-glossary"');
      expect(xhtml).toMatch(new RegExp(`<dt [^>]*epub:type="glossterm"[^>]*><dfn>${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</dfn></dt>`));
      expect(xhtml).toContain('<dd epub:type="glossdef"');
    }
  });

  it('resolves every href and src in every XHTML document to an existing file and fragment', async () => {
    const { epub } = subjects[name];
    const ids = new Map<string, string[]>();
    for (const document of xhtmlNames(epub)) ids.set(document, attributeValues(await epub.text(document), 'id'));
    const broken: string[] = [];
    const external: string[] = [];
    let checked = 0;
    for (const document of xhtmlNames(epub)) {
      const xhtml = await epub.text(document);
      for (const href of [...attributeValues(xhtml, 'href'), ...attributeValues(xhtml, 'src')]) {
        if (/^(https?|mailto):/.test(href)) {
          external.push(`${document} → ${href}`);
          continue;
        }
        checked++;
        const target = resolveHref(document, href);
        if (!epub.has(target.path)) broken.push(`${document} → ${href} (no file)`);
        else if (target.fragment !== undefined && !ids.get(target.path)?.includes(target.fragment)) broken.push(`${document} → ${href} (no id)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(3 * subjects[name].book.entries.length);
    // Only the news link to their sources on the web.
    expect(external.filter((link) => !link.startsWith('OEBPS/nachrichten.xhtml → https://'))).toEqual([]);
  });

  it('lists every term in the navigation document and in the NCX', async () => {
    const { book, epub } = subjects[name];
    const nav = await epub.text('OEBPS/toc.xhtml');
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('</nav>'));
    const ncx = await epub.text('OEBPS/toc.ncx');
    for (const entry of book.entries) {
      expect(attributeValues(toc, 'href')).toContain(`${entry.slug}.xhtml`);
      expect(attributeValues(ncx, 'src')).toContain(`${entry.slug}.xhtml`);
    }
    expect(nav).toMatch(/<nav epub:type="toc" role="doc-toc" id="inhalt"[^>]*><h1 id="inhalt-titel">Inhalt<\/h1>/);
    expect(nav).toMatch(/<nav epub:type="landmarks"[^>]* hidden="hidden"/);
  });

  it('is German throughout: OPF dc:language and xml:lang, lang and xml:lang on every html element', async () => {
    const { epub } = subjects[name];
    const opf = await epub.text('OEBPS/content.opf');
    expect(opf).toContain('<dc:language>de</dc:language>');
    expect(opf).toMatch(/<package [^>]*xml:lang="de"/);
    expect(await epub.text('OEBPS/toc.ncx')).toMatch(/<ncx [^>]*xml:lang="de"/);
    for (const document of xhtmlNames(epub)) {
      const html = /<html [^>]*>/.exec(await epub.text(document))?.[0] ?? '';
      expect(html, document).toContain(' lang="de"');
      expect(html, document).toContain(' xml:lang="de"');
    }
  });

  it('manifests every file of the container, and nothing else', async () => {
    const { epub } = subjects[name];
    const opf = await epub.text('OEBPS/content.opf');
    const manifest = attributeValues(opf.slice(opf.indexOf('<manifest>'), opf.indexOf('</manifest>')), 'href').map((href) => `OEBPS/${href}`);
    expect(manifest.sort()).toEqual(epub.names.filter((file) => file.startsWith('OEBPS/') && file !== 'OEBPS/content.opf').sort());
  });

  it('carries the metadata from book.yaml, the edition as dcterms:modified and accessibility metadata', async () => {
    const { book, epub } = subjects[name];
    const opf = await epub.text('OEBPS/content.opf');
    expect(opf).toContain(`<dc:identifier id="pub-id">${book.meta.identifier}</dc:identifier>`);
    expect(opf).toContain(`<dc:date>${book.meta.edition}</dc:date>`);
    expect(opf).toContain(`<meta property="dcterms:modified">${book.meta.edition}T00:00:00Z</meta>`);
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
      expect(opf).toContain(`<meta property="${property}">`);
    }
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">Dieses E-Book ist ein Glossar mit \d+ Begriffen\./);
    expect(opf).not.toContain('dcterms:conformsTo');
    expect(opf).toMatch(/<item id="[^"]+" href="images\/umschlag.png" media-type="image\/png" properties="cover-image"\/>/);
  });

  it('has no soft hyphens, and a stylesheet without fixed font sizes that lets readers hyphenate', async () => {
    const { epub } = subjects[name];
    for (const document of xhtmlNames(epub)) expect(await epub.text(document), document).not.toMatch(/\u00AD|&shy;|&#xAD;|&#173;/i);
    const css = await epub.text('OEBPS/style.css');
    expect(css).not.toMatch(/font-size:\s*[\d.]+(px|pt)/);
    // Body text is set in the reader's font: no rule for html, body or p names a family.
    expect(css).not.toMatch(/(^|[\s,}])(html|body|p)\s*(,[^{]*)?\{[^}]*font-family/);
    expect(css).toMatch(/hyphens: auto/);
  });

  it('lists every term and every alias in the register', async () => {
    const { book, epub } = subjects[name];
    const register = epub.names.find((file) => /^OEBPS\/register(-\d+)?\.xhtml$/.test(file) && !book.entries.some((entry) => file === `OEBPS/${entry.slug}.xhtml`))!;
    const xhtml = await epub.text(register);
    expect(xhtml).toContain('role="doc-index"');
    for (const entry of book.entries) {
      expect(xhtml).toContain(`<a href="${entry.slug}.xhtml">${entry.title}</a>`);
      for (const alias of entry.aliases) expect(xhtml).toContain(`${alias} <i>siehe</i> <a href="${entry.slug}.xhtml">${entry.title}</a>`);
    }
  });
});

describe('the fixture EPUB', () => {
  it('turns footnotes into noterefs and footnote asides with back-links', async () => {
    const xhtml = await subjects.fixture.epub.text('OEBPS/aesthetik.xhtml');
    expect(xhtml).toContain('<a href="#fn-quelle" id="fnref-quelle" epub:type="noteref" role="doc-noteref">1</a>');
    expect(xhtml).toMatch(/<aside id="fn-quelle" epub:type="footnote" role="doc-footnote" class="footnote">\s*<p><span class="footnote-number">1\.<\/span> Eine Anmerkung/);
    expect(xhtml).toContain('<a href="#fnref-quelle" aria-label="Zurück zum Text" class="footnote-back" role="doc-backlink">');
    const news = await subjects.fixture.epub.text('OEBPS/nachrichten.xhtml');
    expect(news).toContain('href="#2024-03-01-testmeldung--fn-1" id="2024-03-01-testmeldung--fnref-1" epub:type="noteref"');
  });

  it('embeds the content image under a stable name and keeps its alt text', async () => {
    const { epub } = subjects.fixture;
    const xhtml = await epub.text('OEBPS/aesthetik.xhtml');
    const src = /<img src="(images\/[0-9a-f]{16}\.png)" alt="Ein rotes Quadrat auf hellem Grund"\/>/.exec(xhtml)?.[1];
    expect(src).toBeDefined();
    expect(epub.has(`OEBPS/${src}`)).toBe(true);
  });

  it('keeps fragments that exist (also with umlauts) and makes tables and old HTML valid', async () => {
    const { epub } = subjects.fixture;
    expect(await epub.text('OEBPS/register.xhtml')).toContain('<a href="aesthetik.xhtml#überblick">Überblick der Ästhetik</a>');
    const aesthetik = await epub.text('OEBPS/aesthetik.xhtml');
    expect(aesthetik).toContain('<th class="align-right">Anteil</th>');
    expect(aesthetik).toContain('In der Kulturschule');
    const draft = await epub.text('OEBPS/3d-druck.xhtml');
    expect(draft).toContain('<code>altem</code>');
    expect(draft).toContain('<s>durchgestrichenem</s>');
  });

  it('gives way to a term called "Register": the term keeps register.xhtml, the register moves', async () => {
    const { epub } = subjects.fixture;
    expect(await epub.text('OEBPS/register.xhtml')).toContain('<dfn>Register</dfn>');
    expect(await epub.text('OEBPS/register-2.xhtml')).toContain('<h1 id="register">Register</h1>');
  });

  it('files a title that starts with a digit under "Sonstige"', async () => {
    const nav = await subjects.fixture.epub.text('OEBPS/toc.xhtml');
    expect(nav).toMatch(/<li><a href="3d-druck.xhtml">Sonstige<\/a>\s*<ol><li><a href="3d-druck.xhtml">3D-Druck<\/a><\/li><\/ol><\/li>/);
  });

  it('leaves drafts out with --no-drafts, and every link to them', async () => {
    const { epub } = subjects.fixtureWithoutDrafts;
    expect(epub.has('OEBPS/3d-druck.xhtml')).toBe(false);
    for (const document of xhtmlNames(epub)) expect(await epub.text(document), document).not.toContain('3d-druck.xhtml');
    expect(await epub.text('OEBPS/register.xhtml')).toContain('und auf den 3D-Druck.');
  });
});

describe('content the e-book cannot take as it is', () => {
  it('shows a remote image as a placeholder (never fetched) and links to the entry when its anchor is missing', async () => {
    const folder = await temporaryFolder('glossar-epub-remote-');
    const content = join(folder, 'content');
    await cp(fixtureContent, content, { recursive: true });
    await writeFile(join(content, 'glossar', 'fernbild.md'), '---\ntitle: Fernbild\n---\n\n![Ein Bild im Netz](https://example.org/bild.png)\n\nSiehe [den Abschnitt](aesthetik.md#gibt-es-nicht).\n');
    const build = await buildEpub({ content });
    const epub = await openEpub(build.epub);
    const xhtml = await epub.text('OEBPS/fernbild.xhtml');
    expect(xhtml).toContain('<span class="image-placeholder">[Bild: Ein Bild im Netz]</span>');
    expect(xhtml).toContain('<a href="aesthetik.xhtml">den Abschnitt</a>');
    expect(xhtml).not.toContain('example.org');
    expect(build.stderr).toContain('Remote image `https://example.org/bild.png` is not fetched');
    expect(build.stderr).toContain('glossar: warning: epub: a link points to `#gibt-es-nicht` in `aesthetik`, which has no such anchor; it links to the entry instead');
  }, 120_000);
});
