import type { EngineInstall } from '../../../src/tools/browsers/engine-install.ts';
import type { EngineBrowser } from './engine-page.ts';
import { launchFirefoxBidi } from './firefox-bidi-engine.ts';
import { launchPlaywright } from './playwright-engine.ts';
import { launchWebKitWebDriver } from './webkit-webdriver-engine.ts';

/** Starts the browser an install describes, with the driver that speaks to it. */
export function launchEngine(install: EngineInstall, display?: string): Promise<EngineBrowser> {
  switch (install.driver) {
    case 'playwright':
      return launchPlaywright(install.engine, install.executablePath);
    case 'webdriver-bidi':
      return launchFirefoxBidi(install.executablePath);
    case 'webdriver-classic': {
      const on = install.display ?? display;
      if (!on)
        throw new Error('WebKitGTK needs an X display: the global setup starts Xvfb when there is none.');
      return launchWebKitWebDriver({
        driverPath: install.driverPath,
        browserPath: install.browserPath,
        display: on,
      });
    }
  }
}
