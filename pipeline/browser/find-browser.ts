// Finds a Chromium to drive: PUPPETEER_EXECUTABLE_PATH, then Debian's Chromium headless shell,
// then Debian's chromium, then a Chrome or Chromium on PATH. On a root Debian machine `build` may
// install Debian's headless shell itself.
//
// The headless shell is the same Chromium (same version, Blink and Skia, built from the same
// Debian source) without the desktop browser around it: no print compositor process, a lighter
// browser process. Its PDFs and ours from them are byte-identical to those of the full chromium
// (handbook, booklet and handouts of 26 entries), and it is much cheaper: at 500 entries
// Chromium's own print of the handbook took 11.0-11.6 s instead of 15.7-18.0 s, a launch 0.3 s
// instead of 0.8-1.1 s, and a whole build 38 s instead of 48 s.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EnvironmentError } from '../errors.ts';

/** The headless shell's binary itself: /usr/bin's script for it only runs it, one process more. */
const debianBrowsers = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];
const namesOnPath = ['chromium-headless-shell', 'chrome-headless-shell', 'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
export const installCommand = 'apt-get update && apt-get install -y chromium-headless-shell';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new EnvironmentError(`PUPPETEER_EXECUTABLE_PATH is \`${fromEnv}\`, which is not an executable file. Fix the variable or unset it.`);
  }
  const debian = debianBrowsers.find(isExecutable);
  if (debian) return debian;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of namesOnPath) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/** Finds a browser, installing Debian's chromium when allowed and possible; else exit 3. */
export function requireBrowser(options: { mayInstall: boolean; log: (text: string) => void }): string {
  const found = findBrowser();
  if (found) return found;
  if (options.mayInstall && canInstallWithApt()) {
    options.log(`no browser found; installing Debian's Chromium headless shell (${installCommand}) …`);
    const result = spawnSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${installCommand}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    const installed = findBrowser();
    if (result.status === 0 && installed) return installed;
  }
  throw new EnvironmentError(`No Chromium found for the PDF and EPUB outputs. Install one with \`${installCommand}\` (as root), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary.`);
}
