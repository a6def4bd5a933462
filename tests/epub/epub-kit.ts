// Shared by the EPUB tests: build with the real CLI into a temporary folder, open the EPUB as
// a zip, read attributes out of the generated XHTML, run the checkers.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const realContent = join(projectRoot, 'content');
export const fixtureContent = join(projectRoot, 'tests/fixtures/epub-valid/content');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd ?? projectRoot, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const temporaryFolders: string[] = [];

export async function temporaryFolder(prefix = 'glossar-epub-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(temporaryFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

export interface EpubBuild {
  out: string;
  epub: string;
  stderr: string;
}

export interface BuildOptions {
  content?: string;
  out?: string;
  cwd?: string;
  flags?: string[];
  /** SOURCE_DATE_EPOCH for the build; unset otherwise, whatever the caller's environment. */
  sourceDateEpoch?: string;
  /** More environment variables, e.g. `TZ`. */
  env?: Record<string, string>;
}

/** `glossar build --only epub` with the real CLI; fails the test with the CLI's stderr. */
export async function buildEpub(options: BuildOptions = {}): Promise<EpubBuild> {
  const out = options.out ?? (await temporaryFolder());
  const env = { ...process.env, ...options.env };
  delete env.SOURCE_DATE_EPOCH;
  if (options.sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = options.sourceDateEpoch;
  const args = [join(projectRoot, 'bin/glossar.mjs'), 'build', '--only', 'epub', '--content', options.content ?? realContent, '--out', out, ...(options.flags ?? [])];
  const result = await run(process.execPath, args, { cwd: options.cwd ?? projectRoot, env });
  if (result.code !== 0) throw new Error(`glossar build failed with exit code ${result.code}:\n${result.stderr}`);
  const files = (await readdir(join(out, 'epub'))).filter((name) => name.endsWith('.epub'));
  if (files.length !== 1) throw new Error(`expected one EPUB in ${out}/epub, found ${files.join(', ') || 'none'}`);
  return { out, epub: join(out, 'epub', files[0]!), stderr: result.stderr };
}

export async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

export interface OpenedEpub {
  bytes: Uint8Array;
  /** Entry names in the order of the zip's central directory. */
  names: string[];
  text(name: string): Promise<string>;
  has(name: string): boolean;
}

export async function openEpub(path: string): Promise<OpenedEpub> {
  const bytes = new Uint8Array(await readFile(path));
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  return {
    bytes,
    names,
    has: (name) => names.includes(name),
    text: async (name) => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is not in the EPUB`);
      return file.async('string');
    },
  };
}

function decodeXml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return named[name.toLowerCase()]!;
  });
}

/** Values of one attribute everywhere in a generated XML document. */
export function attributeValues(xml: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute.replace(':', '\\:')}="([^"]*)"`, 'g');
  return [...xml.matchAll(pattern)].map((match) => decodeXml(match[1]!));
}

/** Resolves `href` (relative to the document `from`, both inside the zip) to a zip path and fragment. */
export function resolveHref(from: string, href: string): { path: string; fragment?: string } {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  const target = path === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(path)));
  return { path: target, ...(fragment !== undefined && { fragment: decodeURIComponent(fragment) }) };
}

export interface CheckerFindings {
  fatals: number;
  errors: number;
  warnings: number;
  messages: string[];
}

const epubcheckJar = '/usr/share/java/epubcheck.jar';

/** EPUBCheck 4.2.6 (Debian) through Java. Missing Java or the jar fails, with what to install. */
export async function epubcheckJava(epub: string): Promise<CheckerFindings> {
  if (!existsSync(epubcheckJar)) throw new Error(`EPUBCheck is missing (${epubcheckJar}); install it: apt-get install -y default-jre-headless epubcheck (see .ci/run)`);
  const report = join(await temporaryFolder('glossar-epubcheck-'), 'report.json');
  const result = await run('java', ['-jar', epubcheckJar, epub, '--json', report]).catch((error: Error) => {
    throw new Error(`Cannot run Java for EPUBCheck (${error.message}); install it: apt-get install -y default-jre-headless`);
  });
  if (!existsSync(report)) throw new Error(`EPUBCheck wrote no report (exit ${result.code}):\n${result.stderr}${result.stdout}`);
  const json = JSON.parse(await readFile(report, 'utf8')) as { messages: Array<{ ID: string; severity: string; message: string; locations?: Array<{ path: string; line: number }> }> };
  const count = (severity: string) => json.messages.filter((message) => message.severity === severity).length;
  return {
    fatals: count('FATAL'),
    errors: count('ERROR'),
    warnings: count('WARNING'),
    messages: json.messages.map((message) => `${message.severity} ${message.ID} ${message.message} ${message.locations?.map((place) => `${place.path}:${place.line}`).join(' ') ?? ''}`),
  };
}

/** @likecoin/epubcheck-ts: EPUBCheck 5 rules in JavaScript. */
export async function epubcheckTs(epub: string): Promise<CheckerFindings> {
  const { EpubCheck } = await import('@likecoin/epubcheck-ts');
  const result = await EpubCheck.validate(new Uint8Array(await readFile(epub)));
  return {
    fatals: result.fatalCount,
    errors: result.errorCount,
    warnings: result.warningCount,
    messages: result.messages.map((message) => `${message.severity} ${message.id} ${message.message} ${message.location ? `${message.location.path}:${message.location.line ?? ''}` : ''}`),
  };
}

export interface AceFindings {
  outcome: string;
  /** Every assertion that did not pass, any impact. */
  violations: string[];
}

interface AceAssertion {
  'earl:test': { 'dct:title': string; 'earl:impact'?: string };
  'earl:result': { 'earl:outcome': string; 'dct:description'?: string };
}

/**
 * DAISY Ace with its Puppeteer runner (`ace-puppeteer` of @daisy/ace is exactly
 * @daisy/ace-cli's bin) on the machine's Chromium. Its logs go to a temporary folder.
 */
export async function ace(epub: string): Promise<AceFindings> {
  const bin = join(projectRoot, 'node_modules/@daisy/ace-cli/bin/ace.js');
  if (!existsSync(bin)) throw new Error('DAISY Ace is missing (node_modules/@daisy/ace-cli): run `npm ci` (with PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1)');
  const { findBrowser, installCommand } = await import('../../pipeline/browser/find-browser.ts');
  const browser = findBrowser();
  if (!browser) throw new Error(`DAISY Ace needs Chromium: ${installCommand}`);
  const work = await temporaryFolder('glossar-ace-');
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser, XDG_STATE_HOME: join(work, 'state'), XDG_CONFIG_HOME: join(work, 'config'), XDG_CACHE_HOME: join(work, 'cache') };
  const result = await run(process.execPath, [bin, '--silent', '--outdir', join(work, 'report'), '--tempdir', join(work, 'tmp'), epub], { env });
  const reportPath = join(work, 'report', 'report.json');
  if (!existsSync(reportPath)) throw new Error(`DAISY Ace wrote no report (exit ${result.code}):\n${result.stderr}${result.stdout}`);
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
    'earl:result': { 'earl:outcome': string };
    assertions: Array<{ 'earl:testSubject': { url: string }; assertions: AceAssertion[] }>;
  };
  const violations = report.assertions.flatMap((document) =>
    document.assertions
      .filter((assertion) => assertion['earl:result']['earl:outcome'] !== 'pass')
      .map((assertion) => `${document['earl:testSubject'].url}: ${assertion['earl:test']['dct:title']} (${assertion['earl:test']['earl:impact'] ?? '?'}) ${assertion['earl:result']['dct:description'] ?? ''}`),
  );
  return { outcome: report['earl:result']['earl:outcome'], violations };
}
