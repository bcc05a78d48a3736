import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { EngineBrowser, EnginePage, Viewport } from './engine-page.ts';
import { launchEngine } from './launch-engine.ts';

export interface EngineFixture {
  /** The engine this project runs the shared suite in. */
  readonly engine: EngineBrowser['engine'];
  /** The built site's address in this project: `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Opens a path of the built site (or a full URL) in a fresh page; `deck` also waits for reveal.js. */
  open(pathOrUrl: string, options?: { viewport?: Viewport; deck?: boolean }): Promise<EnginePage>;
}

/**
 * Gives a test file of the shared suite one browser of its project's engine, and after each test
 * closes the pages it opened, failing the test when one of them had a console error, an uncaught error, a
 * CSP violation or a request to another origin.
 */
export function useEngine(): EngineFixture {
  const install = inject('engineInstall');
  const baseUrl = inject('engineBaseUrl');
  let browser: EngineBrowser | undefined;
  const opened: EnginePage[] = [];

  beforeAll(async () => {
    browser = await launchEngine(install, inject('engineDisplay') || undefined);
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) {
      const problems = await page.problems();
      await page.close();
      expect(problems, `what went wrong in ${install.engine}`).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    engine: install.engine,
    baseUrl,
    async open(pathOrUrl, { viewport, deck = true } = {}) {
      if (!browser) throw new Error('The browser starts in beforeAll: open pages inside tests.');
      const url = /^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : `${baseUrl}/${pathOrUrl}`;
      const page = await browser.open(url, viewport);
      opened.push(page);
      if (deck)
        await page.waitFor('reveal.js to be ready', () => document.querySelector('.reveal.ready'), null);
      return page;
    },
  };
}
