import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';

/** What to do when there is no Chromium: shared by the browser tests and `npm run pdf`. */
export const HOW_TO_GET_CHROMIUM = [
  'Get one in any of these ways:',
  '  - set CHROMIUM_PATH to a Chromium or Chrome executable;',
  "  - run `npx playwright-core install chromium` to download Playwright's Chromium;",
  '  - run `sudo apt-get install chromium` (Debian; `chromium-browser` on older Ubuntu).',
].join('\n');

let found: Promise<string> | undefined;

/**
 * Returns the path of a Chromium for the browser tests: `CHROMIUM_PATH`, else a system Chromium or Chrome, else
 * Playwright's own. When there is none it installs one (Playwright's download, then apt-get when root)
 * and looks again. Logs the choice once. Throws, saying how to get a Chromium, when all of that fails,
 * or when `CHROMIUM_PATH` names no executable file.
 */
export function findChromium(): Promise<string> {
  found ??= locateOrInstallChromium().then((path) => {
    console.log(`Browser tests use Chromium at ${path}`);
    return path;
  });
  return found;
}

async function locateOrInstallChromium(): Promise<string> {
  const existing = locateChromium();
  if (existing) return existing;
  console.log('No Chromium found; trying `npx playwright-core install chromium`.');
  if (await run(process.execPath, [playwrightCli(), 'install', 'chromium'])) {
    const downloaded = locateChromium();
    if (downloaded) return downloaded;
  }
  if (process.getuid?.() === 0 && findOnPath('apt-get')) {
    console.log('Trying `apt-get install -y chromium`.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      (await run('apt-get', ['update'], env)) &&
      (await run('apt-get', ['install', '-y', 'chromium'], env))
    ) {
      const installed = locateChromium();
      if (installed) return installed;
    }
  }
  throw new Error(
    `The browser tests need Chromium: none was found, and installing one failed. ${HOW_TO_GET_CHROMIUM}`,
  );
}

/**
 * The first Chromium already on this machine, in the documented order (`CHROMIUM_PATH`, a system
 * Chromium or Chrome, Playwright's own); undefined when there is none. Installs nothing: `npm run pdf`
 * uses it as it is. Throws when `CHROMIUM_PATH` names no executable file.
 */
export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is "${fromEnv}", which is not an executable file: point it at a Chromium or Chrome ` +
        "executable, or unset it to use a system Chromium or Playwright's.",
    );
  }
  return systemChromium() ?? playwrightChromium();
}

/** An installed Chrome or Chromium, as chrome-launcher finds them on Linux, macOS, Windows and WSL. */
function systemChromium(): string | undefined {
  try {
    return Launcher.getInstallations().find(isExecutable);
  } catch {
    // chrome-launcher throws on a platform it does not know: then there is no system Chromium to use.
    return undefined;
  }
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    // Playwright throws when it has no build for this platform: then it has nothing to offer.
    return undefined;
  }
}

function playwrightCli(): string {
  // cli.js is not in playwright-core's package exports, so find it next to package.json.
  const packageJson = createRequire(import.meta.url).resolve('playwright-core/package.json');
  return join(dirname(packageJson), 'cli.js');
}

function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Runs a command with its output shown; resolves whether it succeeded. */
function run(command: string, args: readonly string[], env = process.env): Promise<boolean> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('error', () => resolveRun(false));
    child.once('exit', (code) => resolveRun(code === 0));
  });
}
