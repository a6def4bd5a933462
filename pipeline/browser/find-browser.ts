// Finds a Chromium to drive: PUPPETEER_EXECUTABLE_PATH, then Debian's chromium, then a Chrome or
// Chromium on PATH. On a root Debian machine `build` may install Debian's package itself.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EnvironmentError } from '../errors.ts';

const debianChromium = '/usr/bin/chromium';
const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
export const installCommand = 'apt-get update && apt-get install -y chromium';

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
  if (isExecutable(debianChromium)) return debianChromium;
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
    options.log(`no browser found; installing Debian's chromium (${installCommand}) …`);
    const result = spawnSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${installCommand}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    const installed = findBrowser();
    if (result.status === 0 && installed) return installed;
  }
  throw new EnvironmentError(`No Chromium found for the PDF and EPUB outputs. Install one with \`${installCommand}\` (as root), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary.`);
}
