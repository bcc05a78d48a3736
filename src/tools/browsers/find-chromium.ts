import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { isExecutable, locateOrInstall } from './executables.ts';

/** What to do when there is no Chromium: shared by the browser tests and `npm run pdf`. */
export const HOW_TO_GET_CHROMIUM = [
  'Get one in any of these ways:',
  '  - set CHROMIUM_PATH to a Chromium or Chrome executable;',
  "  - run `npx playwright-core install chromium` to download Playwright's Chromium;",
  '  - run `sudo apt-get install chromium` (Debian; `chromium-browser` on older Ubuntu).',
].join('\n');

let found: Promise<string> | undefined;

/**
 * Returns the path of a Chromium for the browser tests, in `locateChromium`'s order. When there is none it
 * installs one (Playwright's download, then apt-get when root) and looks again. Logs the choice once.
 * Throws, saying how to get a Chromium, when all of that fails, or when `CHROMIUM_PATH` names no executable.
 */
export function findChromium(): Promise<string> {
  found ??= locateOrInstallChromium().then((path) => {
    console.log(`Browser tests use Chromium at ${path}`);
    return path;
  });
  return found;
}

async function locateOrInstallChromium(): Promise<string> {
  const found = await locateOrInstall(locateChromium, [
    { playwright: 'chromium' },
    // Separately: Debian has the headless shell, Ubuntu's apt has no such package.
    { apt: ['chromium-headless-shell'] },
    { apt: ['chromium'] },
  ]);
  if (found) return found;
  throw new Error(
    `The browser tests need Chromium: none was found, and installing one failed. ${HOW_TO_GET_CHROMIUM}`,
  );
}

/**
 * Debian's `chromium-headless-shell` package: Chromium's old headless mode, built alone. It draws pages with
 * the same engine but without the browser's windowing, and takes about a quarter less of the machine's time per
 * browser test, so the tests and the PDF export prefer it.
 */
const SYSTEM_HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell'];

export interface ChromiumWanted {
  /**
   * Whether Chromium's headless shell will do (default true). The bench says no: its frame times and
   * Lighthouse scores are of the browser readers run.
   */
  readonly headlessShell?: boolean;
}

/**
 * The first Chromium already on this machine, in the documented order (`CHROMIUM_PATH`, a system headless
 * shell unless `headlessShell` is false, a system Chromium or Chrome, Playwright's own); undefined when there
 * is none. Installs nothing: `npm run pdf` uses it as it is. Throws when `CHROMIUM_PATH` names no executable file.
 */
export function locateChromium({ headlessShell = true }: ChromiumWanted = {}): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is "${fromEnv}", which is not an executable file: point it at a Chromium or Chrome ` +
        "executable, or unset it to use a system Chromium or Playwright's.",
    );
  }
  return (
    (headlessShell ? SYSTEM_HEADLESS_SHELLS.find(isExecutable) : undefined) ??
    systemChromium() ??
    playwrightChromium()
  );
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
