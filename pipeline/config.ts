// Build settings: defaults < flags, resolved once and then frozen. (Book metadata lives in
// content/book.yaml and is part of the model, not of the config.)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export const outputTargets = ['html', 'pdf', 'epub'] as const;
export type OutputTarget = (typeof outputTargets)[number];
export type Command = 'build' | 'check' | 'dev';

export interface Config {
  readonly command: Command;
  readonly contentDir: string;
  readonly outDir: string;
  readonly only: ReadonlySet<OutputTarget>;
  readonly drafts: boolean;
  readonly strict: boolean;
  /** Longest time one browser render may take before the build gives up. */
  readonly renderTimeoutMs: number;
  /** Port of the dev server on 127.0.0.1 (0: any free port). */
  readonly port: number;
  readonly help: boolean;
}

export const usage = `Usage: glossar <build|check> [options]
       glossar dev [--content DIR] [--port PORT] [--no-drafts] [--strict]

Commands:
  build              check the content, then write the outputs into --out
  check              only check the content; writes nothing
  dev                serve the HTML site on http://127.0.0.1:PORT with live reload, error
                     overlay and print preview (/_print); rebuilds on every save

Options:
  --content DIR      content folder (default: content)
  --out DIR          output folder (default: dist)
  --only LIST        outputs to build, comma-separated: html,pdf,epub (default: all)
  --no-drafts        leave entries marked \`draft: true\` out of every output
  --strict           treat warnings as errors
  --timeout SECONDS  give up on a browser render after this long (default: 300)
  --port PORT        dev: port on 127.0.0.1 (default: 4321)
  -h, --help         show this help

Exit codes: 0 success, 1 content errors, 2 usage errors, 3 environment errors.
npm: npm run build -- --content X --out Y`;

export function parseConfig(argv: readonly string[], cwd = process.cwd()): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        only: { type: 'string' },
        'no-drafts': { type: 'boolean' },
        strict: { type: 'boolean' },
        timeout: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const [command, ...extra] = positionals;
  if (!help && command !== 'build' && command !== 'check' && command !== 'dev') {
    throw new UsageError(command ? `Unknown command \`${command}\`; use \`build\`, \`check\` or \`dev\`` : 'Missing command: use `build`, `check` or `dev`');
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument \`${extra[0]}\``);
  const only = new Set<OutputTarget>();
  for (const name of (values.only ?? outputTargets.join(',')).split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!(outputTargets as readonly string[]).includes(name)) throw new UsageError(`Unknown output \`${name}\` in --only; use ${outputTargets.join(', ')}`);
    only.add(name as OutputTarget);
  }
  if (only.size === 0) throw new UsageError('--only needs at least one of html, pdf, epub');
  const timeoutSeconds = values.timeout === undefined ? 300 : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not \`${values.timeout}\``);
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not \`${values.port}\``);
  return Object.freeze({
    command: (command ?? 'build') as Command,
    contentDir: resolve(cwd, values.content ?? 'content'),
    outDir: resolve(cwd, values.out ?? 'dist'),
    only,
    drafts: values['no-drafts'] !== true,
    strict: values.strict === true,
    renderTimeoutMs: timeoutSeconds * 1000,
    port,
    help,
  });
}
