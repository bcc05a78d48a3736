import { firefox } from 'playwright-core';
import type { EngineInstall } from './engine-install.ts';
import { findOnPath, isExecutable, locateOrInstall } from './executables.ts';

/** What to do when there is no Firefox. */
export const HOW_TO_GET_FIREFOX = [
  'Get one in any of these ways:',
  '  - set FIREFOX_PATH to a Firefox executable (version 129 or newer: WebDriver BiDi);',
  '  - run `sudo apt-get install firefox-esr` (Debian) or install Firefox from your system;',
  "  - run `npx playwright-core install firefox` to download Playwright's Firefox.",
].join('\n');

/** Where a stock Firefox lives when it is not on `PATH`. */
const KNOWN_FIREFOX_PATHS = [
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/**
 * The Firefox the browser tests drive: `FIREFOX_PATH`, else the system's Firefox (over WebDriver BiDi),
 * else Playwright's own build. With none, installs one (apt-get as root, else Playwright's download) and
 * looks again. Throws, saying how to get one, when that fails or `FIREFOX_PATH` names no executable.
 */
export async function findFirefox(): Promise<EngineInstall> {
  // Debian's build first where apt can install it: Playwright's Firefox needs libraries a Debian
  // machine may lack, and its download needs a host a closed network may not reach.
  const found = await locateOrInstall(locateFirefox, [{ apt: ['firefox-esr'] }, { playwright: 'firefox' }]);
  if (found) return found;
  throw new Error(
    `The browser tests need Firefox: none was found, and installing one failed. ${HOW_TO_GET_FIREFOX}`,
  );
}

/** The Firefox already on this machine, in `findFirefox`'s order; undefined when there is none. */
export function locateFirefox(): EngineInstall | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return { driver: 'webdriver-bidi', engine: 'firefox', executablePath: fromEnv };
    throw new Error(
      `FIREFOX_PATH is "${fromEnv}", which is not an executable file: point it at a Firefox executable, or unset it.`,
    );
  }
  const system = findOnPath('firefox-esr') ?? findOnPath('firefox') ?? KNOWN_FIREFOX_PATHS.find(isExecutable);
  if (system) return { driver: 'webdriver-bidi', engine: 'firefox', executablePath: system };
  const playwrights = playwrightFirefox();
  return playwrights ? { driver: 'playwright', engine: 'firefox', executablePath: playwrights } : undefined;
}

function playwrightFirefox(): string | undefined {
  try {
    const path = firefox.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    // Playwright throws when it has no build for this platform: then it has nothing to offer.
    return undefined;
  }
}
