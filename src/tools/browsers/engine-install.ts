/**
 * Where a browser engine the tests drive was found, and so which driver speaks to it. Plain data: the
 * tests' global setup finds the engines once and hands this to every test file.
 */
export type EngineInstall =
  /** A browser build of Playwright's own (any engine), driven by playwright-core. */
  | { readonly driver: 'playwright'; readonly engine: EngineName; readonly executablePath: string }
  /** A stock Firefox, driven over WebDriver BiDi. */
  | { readonly driver: 'webdriver-bidi'; readonly engine: 'firefox'; readonly executablePath: string }
  /**
   * WebKitGTK's WebDriver and browser, driven over classic WebDriver. `display` is the X display it opens
   * its windows on; `xvfbPath` is set when there is none and the tests start a virtual one.
   */
  | {
      readonly driver: 'webdriver-classic';
      readonly engine: 'webkit';
      readonly driverPath: string;
      readonly browserPath: string;
      readonly display?: string;
      readonly xvfbPath?: string;
    };

/** The three browser engines the deck is tested in: Chrome's, Firefox's and Safari's. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** How an install reads in a log line: `Firefox tests use /usr/bin/firefox-esr (WebDriver BiDi)`. */
export function describeInstall(install: EngineInstall): string {
  switch (install.driver) {
    case 'playwright':
      return `${install.executablePath} (Playwright)`;
    case 'webdriver-bidi':
      return `${install.executablePath} (WebDriver BiDi)`;
    case 'webdriver-classic': {
      const display = install.display ? `display ${install.display}` : 'a virtual display (Xvfb)';
      return `${install.browserPath} through ${install.driverPath} (WebDriver, ${display})`;
    }
  }
}
