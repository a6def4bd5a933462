// The open-licence fonts (SIL OFL, from @fontsource) every output embeds: Source Serif 4 for text,
// Source Sans 3 for headings and furniture. Only the Latin and Latin Extended subsets are used;
// they cover German, „“ ‚‘ – … and the usual symbols.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

interface Family {
  name: string;
  packageName: string;
  faces: Array<{ weight: number; style: 'normal' | 'italic' }>;
}

export const fontFamilies: Family[] = [
  {
    name: 'Source Serif 4',
    packageName: '@fontsource/source-serif-4',
    faces: [
      { weight: 400, style: 'normal' },
      { weight: 400, style: 'italic' },
      { weight: 600, style: 'normal' },
      { weight: 700, style: 'normal' },
      { weight: 700, style: 'italic' },
    ],
  },
  {
    name: 'Source Sans 3',
    packageName: '@fontsource/source-sans-3',
    faces: [
      { weight: 400, style: 'normal' },
      { weight: 400, style: 'italic' },
      { weight: 600, style: 'normal' },
      { weight: 700, style: 'normal' },
    ],
  },
];

const subsets = ['latin', 'latin-ext'] as const;

export interface FontFile {
  /** File name inside the output's font folder. */
  name: string;
  /** Absolute path of the woff2 file in node_modules. */
  source: string;
  family: string;
  weight: number;
  style: string;
  unicodeRange: string;
}

function packageDir(packageName: string): string {
  return dirname(require.resolve(`${packageName}/package.json`));
}

let cached: FontFile[] | undefined;

export function fontFiles(): FontFile[] {
  if (cached) return cached;
  cached = [];
  for (const family of fontFamilies) {
    const dir = packageDir(family.packageName);
    const ranges = require(join(dir, 'unicode.json')) as Record<string, string>;
    const base = family.packageName.replace('@fontsource/', '');
    for (const face of family.faces) {
      for (const subset of subsets) {
        const name = `${base}-${subset}-${face.weight}-${face.style}.woff2`;
        cached.push({ name, source: join(dir, 'files', name), family: family.name, weight: face.weight, style: face.style, unicodeRange: ranges[subset]! });
      }
    }
  }
  return cached;
}

/** `@font-face` rules whose URLs start with `urlPrefix` (e.g. `fonts/`). */
export function fontFaceCss(urlPrefix: string): string {
  return fontFiles()
    .map((font) => `@font-face{font-family:'${font.family}';font-style:${font.style};font-weight:${font.weight};font-display:block;src:url('${urlPrefix}${font.name}') format('woff2');unicode-range:${font.unicodeRange}}`)
    .join('\n');
}
