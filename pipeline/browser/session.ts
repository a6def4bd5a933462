// The one owner of Chromium's life: launches it once per build, when a page is first asked for;
// lends pages that cannot reach anything outside the build's own folders; and always closes it
// (on errors and signals too).
import { realpathSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { EnvironmentError } from '../errors.ts';

export const chromiumFlags = [
  '--no-sandbox', // everything runs as root here; Chromium refuses its sandbox then
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--font-render-hinting=none',
];

export interface SessionOptions {
  executablePath: string;
  /** Folders whose files pages may load; every other request is aborted. */
  allowedRoots: readonly string[];
  /** How long one render (navigation, pdf()) may take. */
  timeoutMs: number;
  warn: (text: string) => void;
  /** Told how long starting Chromium took, when it was started. */
  onStart?: (ms: number) => void;
  /** Start Chromium before `use` runs, not when a page is first asked for. */
  eager?: boolean;
}

export interface PageOptions {
  /** Off unless the pipeline's own page code needs it: content never runs. */
  javascript?: boolean;
}

export interface BrowserSession {
  /** A new tab; the first call starts Chromium. */
  newPage(options?: PageOptions): Promise<Page>;
  readonly timeoutMs: number;
  /** Which Chromium build renders (its executable's identity), known without starting it. */
  readonly browserIdentity: string;
  /** Whether Chromium was started. */
  readonly started: boolean;
}

const openSessions = new Set<() => Promise<void>>();

/** Closes every open browser; for signal handlers. */
export async function closeAllBrowsers(): Promise<void> {
  await Promise.all([...openSessions].map((close) => close()));
}

function isAllowed(url: string, roots: readonly string[]): boolean {
  if (url.startsWith('data:') || url === 'about:blank') return true;
  if (!url.startsWith('file://')) return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
}

/**
 * What identifies the Chromium that `executablePath` starts, without starting it: its file, size
 * and modification time, which every upgrade of the package changes. For caches of what it draws.
 */
function browserIdentity(executablePath: string): string {
  try {
    const file = realpathSync(executablePath);
    const { size, mtimeMs } = statSync(file);
    return `${file} ${size} ${Math.round(mtimeMs)}`;
  } catch {
    return executablePath;
  }
}

/**
 * Closes the tabs Chromium opened at its start, without attaching to them, and waits until
 * puppeteer has seen them go (Target.closeTarget answers before the tab is gone).
 */
async function closeLaunchTabs(browser: Browser): Promise<void> {
  const noPageLeft = () => !browser.targets().some((target) => target.type() === 'page');
  let onDestroyed = () => {};
  const gone = new Promise<void>((resolve) => {
    onDestroyed = () => {
      if (noPageLeft()) resolve();
    };
    browser.on('targetdestroyed', onDestroyed);
  });
  const protocol = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await protocol.send('Target.getTargets');
    await Promise.all(targetInfos.filter((target) => target.type === 'page').map(({ targetId }) => protocol.send('Target.closeTarget', { targetId })));
    // Bounded: a tab that will not go is no reason to hold up the build.
    let timer: NodeJS.Timeout | undefined;
    if (!noPageLeft()) await Promise.race([gone, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
    clearTimeout(timer);
  } finally {
    browser.off('targetdestroyed', onDestroyed);
    await protocol.detach();
  }
}

/**
 * Runs `use` with a session whose Chromium starts when the first page is asked for: an EPUB whose
 * cover is cached needs none, and starting and closing Chromium costs about two seconds.
 */
export async function withBrowser<T>(options: SessionOptions, use: (session: BrowserSession) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  let profile: string | undefined;
  let crashed = false;
  let closed: Promise<void> | undefined;
  const start = async (): Promise<Browser> => {
    const startedAt = performance.now();
    profile = await mkdtemp(join(tmpdir(), 'glossar-chromium-'));
    try {
      // Loaded here, not at the top: puppeteer costs a third of a second to import, and `check`
      // and HTML-only builds never need it.
      const { default: puppeteer } = await import('puppeteer-core');
      const started = await puppeteer.launch({
        executablePath: options.executablePath,
        headless: true,
        args: chromiumFlags,
        userDataDir: profile,
        // Over a pipe, not a WebSocket: Chromium then quits when this process dies without closing
        // it (a crash, a kill -9), instead of living on as an orphan.
        pipe: true,
        // Starting Chromium is not a render: a short --timeout must not make the launch fail.
        timeout: Math.max(options.timeoutMs, 60_000),
        protocolTimeout: options.timeoutMs,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      browser = started;
      // The launch tab, blank and visible, is closed: kept open, it made the renderer that lays
      // out 2,000 entries take ~240 MB more (peak of the build 2,378 against 2,113 MB). Closed
      // through the protocol: `browser.pages()` would first attach to it (~0.35 s).
      await closeLaunchTabs(started);
    } catch (error) {
      throw new EnvironmentError(`Could not start Chromium (${options.executablePath}): ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
    browser.on('disconnected', () => {
      if (!closed) crashed = true;
    });
    options.onStart?.(performance.now() - startedAt);
    return browser;
  };
  let starting: Promise<Browser> | undefined;
  const launch = () => (starting ??= start());
  const close = () =>
    (closed ??= (async () => {
      openSessions.delete(close);
      // A launch under way when the build ends (a failure elsewhere, a signal) is waited for, so that its Chromium is closed too.
      await starting?.catch(() => undefined);
      await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
      if (profile) await rm(profile, { recursive: true, force: true });
    })());
  openSessions.add(close);
  const session: BrowserSession = {
    timeoutMs: options.timeoutMs,
    browserIdentity: browserIdentity(options.executablePath),
    get started() {
      return browser !== undefined;
    },
    async newPage(pageOptions = {}) {
      const chromium = await launch();
      // Every tab in the background, which Chromium does not paint for the screen: after a paint
      // for the screen, Chromium writes into every printed page what that paint covered around it
      // (invisible, but text a search finds and a sixth of the file). Nothing printed may depend
      // on whether a visible tab exists: dotted borders did (templates/print.css, .toc-leader).
      // A screenshot works from a background tab as well (the same cover PNG, byte for byte).
      const page = await chromium.newPage({ background: true });
      page.setDefaultTimeout(options.timeoutMs);
      page.setDefaultNavigationTimeout(options.timeoutMs);
      // Sent together: two round trips to Chromium in the time of one.
      await Promise.all([page.setJavaScriptEnabled(pageOptions.javascript === true), page.setRequestInterception(true)]);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (isAllowed(request.url(), options.allowedRoots)) void request.continue();
        else {
          options.warn(`blocked a request to ${request.url().slice(0, 200)}`);
          void request.abort('blockedbyclient');
        }
      });
      page.on('pageerror', (error) => options.warn(`page error: ${(error as Error).message}`));
      page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText;
        if (failure !== 'net::ERR_BLOCKED_BY_CLIENT') options.warn(`failed to load ${request.url().slice(0, 200)}: ${failure}`);
      });
      return page;
    },
  };
  /**
   * Whether Chromium went away. Over the pipe, a page's "session closed" from its dying can
   * arrive before the browser's disconnect does, so for that error the disconnect is waited for.
   */
  const wentAway = (error: unknown): Promise<boolean> => {
    if (!browser) return Promise.resolve(false);
    if (crashed || !browser.connected) return Promise.resolve(true);
    if (!(error instanceof Error && error.name === 'TargetCloseError')) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 2000);
      browser!.once('disconnected', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  };
  try {
    if (options.eager) await launch();
    return await use(session);
  } catch (error) {
    if (await wentAway(error)) throw new EnvironmentError('Chromium stopped unexpectedly during rendering; no output was written. Run the build again.', { cause: error });
    // Puppeteer reports a slow navigation as TimeoutError, a slow print as a ProtocolError.
    if (error instanceof Error && (error.name === 'TimeoutError' || /timed out/i.test(error.message))) {
      throw new EnvironmentError(`A render took longer than ${options.timeoutMs / 1000} s and was stopped; no output was written. Raise --timeout if the book is very large.`, { cause: error });
    }
    throw error;
  } finally {
    await close();
  }
}
