import type { Browser, Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import { launchBrowser, type OpenedPage, openPage, type PageOptions } from './launch-browser.ts';

export interface BrowserFixture {
  /** The Chromium of this test file's worker, launched before the worker's first file. */
  readonly browser: () => Browser;
  /** Opens a path of the built site (`#/coproduction`, `?view=scroll`) and waits until reveal.js is ready. */
  openDeck(path?: string, options?: PageOptions): Promise<Page>;
  /** Opens a path of the built site, or any full URL, without waiting for the deck; returns what it records. */
  open(pathOrUrl: string, options?: PageOptions): Promise<OpenedPage>;
  /** Closes the pages opened so far (with the checks of `strict`); it also runs after each test. */
  closePages(): Promise<void>;
}

/**
 * One Chromium for all the files a worker runs, launched for the first and closed when the worker ends:
 * each page opens in a context of its own (no cookies, storage or cache from another file), and a file
 * that makes a context itself closes it.
 */
// biome-ignore lint/correctness/noEmptyPattern: Vitest reads what a fixture needs from this pattern: nothing.
const chromiumTest = test.extend('workerChromium', { scope: 'worker' }, async ({}, { onCleanup }) => {
  const browser = await launchBrowser(inject('chromiumPath'));
  onCleanup(() => browser.close());
  return browser;
});

/**
 * Gives a test file its worker's Chromium and closes every page it opened after each test. With
 * `strict`, a test also fails when its pages logged a console error, threw, or requested anything from
 * another host.
 */
export function useBrowser({ strict = true }: { strict?: boolean } = {}): BrowserFixture {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  chromiumTest.beforeAll(({ workerChromium }) => {
    browser = workerChromium;
  });

  const closePages = async () => {
    for (const page of opened.splice(0)) {
      if (strict) {
        expect(page.consoleErrors).toEqual([]);
        expect(page.pageErrors).toEqual([]);
        expect(page.offOriginRequests).toEqual([]);
      }
      await page.close();
    }
  };
  afterEach(closePages);

  const current = (): Browser => {
    if (!browser) throw new Error('The browser starts in beforeAll: open pages inside tests.');
    return browser;
  };
  const open = async (pathOrUrl: string, options: PageOptions = {}) => {
    const url = /^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : `${baseUrl}/${pathOrUrl}`;
    const page = await openPage(current(), url, options);
    opened.push(page);
    return page;
  };
  return {
    browser: current,
    open,
    closePages,
    async openDeck(path = '', options = {}) {
      const { page } = await open(path, options);
      await page.waitForFunction(() => document.querySelector('.reveal.ready'));
      return page;
    },
  };
}
