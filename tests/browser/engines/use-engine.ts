import { afterEach, expect, inject, test } from 'vitest';
import type { EngineBrowser, EnginePage, Viewport } from './engine-page.ts';
import { launchEngine } from './launch-engine.ts';

export interface EngineFixture {
  /** The engine this project runs the shared suite in. */
  readonly engine: EngineBrowser['engine'];
  /** The built site's address in this project: `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Opens a path of the built site (or a full URL) in a fresh page; `deck` also waits for reveal.js. */
  open(pathOrUrl: string, options?: OpenOptions): Promise<EnginePage>;
  /**
   * Opens each path in a page of its own, all open at once and each driven on its own: a long walk
   * split into parts that wait on the deck's transitions side by side. For a driver with one window
   * (WebKitWebDriver), each page after the first gets a browser of its own, closed after the test.
   */
  openSideBySide(pathsOrUrls: readonly string[], options?: OpenOptions): Promise<EnginePage[]>;
}

export interface OpenOptions {
  readonly viewport?: Viewport;
  /** Whether to wait for reveal.js to be ready (the default). */
  readonly deck?: boolean;
}

/** Starts a browser of the project's engine, on the project's display when it needs one. */
const launchProjectEngine = () => launchEngine(inject('engineInstall'), inject('engineDisplay') || undefined);

/**
 * One browser of the project's engine for all the shared suite's files a worker runs, launched for the
 * first and closed when the worker ends: a Firefox launch alone costs about 3 s. A worker runs the files
 * of one project only (Vitest's rule), one after another, and each page it opens starts with no cookies,
 * storage or history, so a file finds the browser as the first did.
 */
// biome-ignore lint/correctness/noEmptyPattern: Vitest reads what a fixture needs from this pattern: nothing.
const engineTest = test.extend('workerBrowser', { scope: 'worker' }, async ({}, { onCleanup }) => {
  const browser = await launchProjectEngine();
  onCleanup(() => browser.close());
  return browser;
});

/**
 * Gives a test file of the shared suite the worker's browser of its project's engine, and after each
 * test closes the pages it opened, failing the test when one of them had a console error, an uncaught
 * error, a CSP violation or a request to another origin.
 */
export function useEngine(): EngineFixture {
  const install = inject('engineInstall');
  const baseUrl = inject('engineBaseUrl');
  let browser: EngineBrowser | undefined;
  const opened: EnginePage[] = [];
  const extraBrowsers: EngineBrowser[] = [];

  engineTest.beforeAll(({ workerBrowser }) => {
    browser = workerBrowser;
  });
  afterEach(async () => {
    const problems: string[] = [];
    for (const page of opened.splice(0)) {
      problems.push(...(await page.problems()));
      await page.close();
    }
    await Promise.all(extraBrowsers.splice(0).map((extra) => extra.close()));
    expect(problems, `what went wrong in ${install.engine}`).toEqual([]);
  });

  const openIn = async (
    into: EngineBrowser,
    pathOrUrl: string,
    { viewport, deck = true }: OpenOptions,
  ): Promise<EnginePage> => {
    const url = /^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : `${baseUrl}/${pathOrUrl}`;
    const page = await into.open(url, viewport);
    opened.push(page);
    if (deck)
      await page.waitFor('reveal.js to be ready', () => document.querySelector('.reveal.ready'), null);
    return page;
  };
  const started = () => {
    if (!browser) throw new Error('The browser starts in beforeAll: open pages inside tests.');
    return browser;
  };

  return {
    engine: install.engine,
    baseUrl,
    open: (pathOrUrl, options = {}) => openIn(started(), pathOrUrl, options),
    async openSideBySide(pathsOrUrls, options = {}) {
      const first = started();
      const browsers =
        first.windows === 'many'
          ? pathsOrUrls.map(() => first)
          : [first, ...(await Promise.all(pathsOrUrls.slice(1).map(launchProjectEngine)))];
      extraBrowsers.push(...browsers.filter((each) => each !== first));
      return Promise.all(pathsOrUrls.map((path, index) => openIn(browsers[index] ?? first, path, options)));
    },
  };
}
