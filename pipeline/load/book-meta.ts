// Reads content/book.yaml: the handbook's title, publisher, identifier and edition.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { BookMeta } from '../model.ts';
import { reportError } from '../messages.ts';
import { slugify } from '../slug.ts';
import { readDate, readString, readStringList, warnUnknownKeys } from './fields.ts';
import { parseYamlFields, type FrontMatter } from './front-matter.ts';

const knownKeys = ['title', 'subtitle', 'publisher', 'publisherShort', 'funding', 'language', 'identifier', 'edition', 'description', 'rights', 'keywords', 'output'] as const;

export async function readBookMeta(contentDir: string, displayDir: string): Promise<{ meta?: BookMeta; file: VFile }> {
  const path = join(contentDir, 'book.yaml');
  const file = new VFile({ path: join(displayDir, 'book.yaml'), value: '' });
  try {
    file.value = await readFile(path, 'utf8');
  } catch {
    reportError(file, 'Missing `book.yaml`: the content folder needs it for the title, publisher and edition (see README)', { line: 1, column: 1 }, 'missing-book-yaml');
    return { file };
  }
  const text = String(file.value).replace(/^\uFEFF/, '');
  const fields = parseYamlFields(file, text, String(file.value).length - text.length);
  if (!fields) return { file };
  const matter: FrontMatter = { fields, place: { line: 1, column: 1 } };
  warnUnknownKeys(file, matter, knownKeys);
  const title = readString(file, matter, 'title', true);
  const publisher = readString(file, matter, 'publisher', true);
  const identifier = readString(file, matter, 'identifier', true);
  const edition = readDate(file, matter, 'edition', { required: true, allowMonth: false });
  const description = readString(file, matter, 'description', true);
  const language = readString(file, matter, 'language', false) ?? 'de';
  const output = readString(file, matter, 'output', false) ?? (title ? slugify(title) : undefined);
  if (identifier && !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(identifier)) {
    reportError(file, `\`identifier\` must be a \`urn:uuid:…\` (generate one once and keep it), not \`${identifier}\``, fields.get('identifier')!.valuePlace, 'invalid-identifier');
  }
  if (output !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(output)) {
    reportError(file, `\`output\` must be a file base name of a–z, 0–9 and \`-\`, not \`${output}\``, fields.get('output')?.valuePlace ?? matter.place, 'invalid-output');
  }
  if (file.messages.some((message) => message.fatal) || !title || !publisher || !identifier || !edition || !description || !output) return { file };
  return {
    file,
    meta: {
      title,
      subtitle: readString(file, matter, 'subtitle', false) ?? '',
      publisher,
      publisherShort: readString(file, matter, 'publisherShort', false) ?? publisher,
      funding: readString(file, matter, 'funding', false) ?? '',
      language,
      identifier,
      edition,
      description,
      rights: readString(file, matter, 'rights', false) ?? '',
      keywords: readStringList(file, matter, 'keywords').map((keyword) => keyword.value),
      output,
    },
  };
}
