// EPUB Accessibility 1.1 discovery metadata (schema.org), with the summary in German. Only
// what is true of this book is claimed; no conformance (`dcterms:conformsTo`) is declared,
// because that needs a manual WCAG evaluation, not only automated checks.
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Book } from '../../model.ts';

export interface AccessibilityFacts {
  terms: number;
  /** Content images (the cover is always there and always described). */
  images: number;
  imagesWithoutAlt: number;
}

export function accessibilityFacts(book: Book): AccessibilityFacts {
  let images = 0;
  let imagesWithoutAlt = 0;
  for (const document of [...book.pages, ...book.entries, ...book.news]) {
    visit(document.hast, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.dataAsset !== 'string') return;
      images++;
      if (typeof node.properties.alt !== 'string' || node.properties.alt.trim() === '') imagesWithoutAlt++;
    });
  }
  return { terms: book.entries.length, images, imagesWithoutAlt };
}

function summary(facts: AccessibilityFacts): string {
  const images =
    facts.images === 0
      ? 'Das Umschlagbild hat einen Alternativtext; weitere Bilder gibt es nicht.'
      : facts.imagesWithoutAlt === 0
        ? `Das Umschlagbild und alle ${facts.images} Abbildungen haben Alternativtexte.`
        : `Das Umschlagbild hat einen Alternativtext, ${facts.imagesWithoutAlt} von ${facts.images} Abbildungen haben noch keinen.`;
  return [
    `Dieses E-Book ist ein Glossar mit ${facts.terms} Begriffen.`,
    'Ein Inhaltsverzeichnis gliedert die Begriffe nach Anfangsbuchstaben; Überschriften, Orientierungspunkte und ein Register aller Begriffe und ihrer weiteren Bezeichnungen erleichtern die Navigation, die Lesereihenfolge folgt dem Alphabet.',
    'Jeder Eintrag ist als Glossar mit Begriff und Definition ausgezeichnet; Querverweise, „Siehe auch“ und Verweise auf den Begriff sind Links.',
    'Der Text fließt um und legt keine Schriftgrößen fest: Schrift, Größe und Farben lassen sich im Lesesystem anpassen, die Silbentrennung übernimmt das Lesesystem.',
    images,
    'Es gibt keine Gefährdung durch Blitzen, Bewegung oder Ton.',
    'Eine Konformität mit EPUB Accessibility wird nicht erklärt, weil eine manuelle Prüfung nach WCAG noch aussteht.',
  ].join(' ');
}

/** `[property, value]` pairs for `<meta property="…">` in the package document. */
export function accessibilityMetadata(facts: AccessibilityFacts): Array<[string, string]> {
  const described = facts.imagesWithoutAlt === 0;
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'index', 'displayTransformability', ...(described ? ['alternativeText'] : [])];
  return [
    ['schema:accessMode', 'textual'],
    ['schema:accessMode', 'visual'],
    ...(described ? [['schema:accessModeSufficient', 'textual'] as [string, string]] : []),
    ['schema:accessModeSufficient', 'textual,visual'],
    ...features.map((feature): [string, string] => ['schema:accessibilityFeature', feature]),
    ['schema:accessibilityHazard', 'none'],
    ['schema:accessibilitySummary', summary(facts)],
  ];
}
