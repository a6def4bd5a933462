// Book metadata for the cover tests: every field set, with characters that need escaping.
import type { BookMeta } from '../../pipeline/model.ts';

export const sampleMeta: BookMeta = {
  title: 'Glossar <Test> & mehr',
  subtitle: 'Ein Untertitel',
  publisher: 'Beispielverband e. V.',
  publisherShort: 'BV',
  funding: 'Gefördert von niemandem',
  language: 'de',
  identifier: 'urn:uuid:0f5c6b0e-3d7a-4c7e-9a51-2b6f0c1d9e42',
  edition: '2024-03-15',
  description: 'Beschreibung',
  rights: '',
  keywords: [],
  output: 'test',
};
