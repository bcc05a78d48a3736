import { existsSync } from 'node:fs';
import { webkit } from 'playwright-core';
import type { EngineInstall } from './engine-install.ts';
import { findOnPath, isExecutable, locateOrInstall } from './executables.ts';

/** What to do when there is no WebKit. */
export const HOW_TO_GET_WEBKIT = [
  'Get one in any of these ways:',
  "  - run `sudo apt-get install webkit2gtk-driver xvfb` (Debian, Ubuntu): WebKitGTK's WebDriver and MiniBrowser;",
  '  - set WEBKIT_WEBDRIVER_PATH to a WebKitWebDriver and WEBKIT_BROWSER_PATH to the browser it drives;',
  "  - run `npx playwright-core install webkit` to download Playwright's WebKit (macOS, Windows, Ubuntu).",
].join('\n');

/** Where Linux distributions put WebKitGTK's MiniBrowser, newest API first. */
const MINIBROWSER_PATHS = ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0'].flatMap((api) => [
  `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/${api}/MiniBrowser`,
  `/usr/libexec/${api}/MiniBrowser`,
  `/usr/lib/${api}/MiniBrowser`,
]);

/**
 * The WebKit the browser tests drive: `WEBKIT_WEBDRIVER_PATH` (with `WEBKIT_BROWSER_PATH`), else the
 * system's WebKitGTK WebDriver and MiniBrowser (on `DISPLAY`, or a virtual display from Xvfb), else
 * Playwright's own build. With none, installs one (apt-get as root, else Playwright's download) and looks
 * again. Throws, saying how to get one, when that fails or the variables name no executable.
 */
export async function findWebKit(): Promise<EngineInstall> {
  // Debian's build first where apt can install it: Playwright's WebKit needs libraries a Debian
  // machine may lack, and its download needs a host a closed network may not reach.
  const found = await locateOrInstall(locateWebKit, [
    { apt: ['webkit2gtk-driver', 'xvfb'] },
    { playwright: 'webkit' },
  ]);
  if (found) return found;
  throw new Error(
    `The browser tests need WebKit: none was found, and installing one failed. ${HOW_TO_GET_WEBKIT}`,
  );
}

/** The WebKit already on this machine, in `findWebKit`'s order; undefined when there is none. */
export function locateWebKit(): EngineInstall | undefined {
  const driverFromEnv = process.env.WEBKIT_WEBDRIVER_PATH;
  if (driverFromEnv && !isExecutable(driverFromEnv)) {
    throw new Error(`WEBKIT_WEBDRIVER_PATH is "${driverFromEnv}", which is not an executable file.`);
  }
  const browserFromEnv = process.env.WEBKIT_BROWSER_PATH;
  if (browserFromEnv && !isExecutable(browserFromEnv)) {
    throw new Error(`WEBKIT_BROWSER_PATH is "${browserFromEnv}", which is not an executable file.`);
  }
  const driverPath = driverFromEnv ?? findOnPath('WebKitWebDriver');
  const browserPath = browserFromEnv ?? MINIBROWSER_PATHS.find(isExecutable);
  const display = process.env.DISPLAY || undefined;
  const xvfbPath = display ? undefined : findOnPath('Xvfb');
  if (driverPath && browserPath && (display || xvfbPath)) {
    const screen = display ? { display } : { xvfbPath: xvfbPath as string };
    return { driver: 'webdriver-classic', engine: 'webkit', driverPath, browserPath, ...screen };
  }
  if (driverFromEnv) {
    throw new Error(
      'WEBKIT_WEBDRIVER_PATH is set, but ' +
        (browserPath
          ? 'there is no display: set DISPLAY or install Xvfb.'
          : 'no browser: set WEBKIT_BROWSER_PATH.'),
    );
  }
  const playwrights = playwrightWebKit();
  return playwrights ? { driver: 'playwright', engine: 'webkit', executablePath: playwrights } : undefined;
}

function playwrightWebKit(): string | undefined {
  try {
    const path = webkit.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    // Playwright throws when it has no build for this platform: then it has nothing to offer.
    return undefined;
  }
}
