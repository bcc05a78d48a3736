import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/tools/browsers/launch-chromium.ts';

/** Starts a headless Chromium with a fresh profile. Rejects when the executable will not start. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return launchChromium(executablePath);
}

export interface PageOptions {
  /** Size of the window in CSS pixels. Default 1280 × 720. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Whether the reader has asked the system for reduced motion. Default false. */
  readonly reducedMotion?: boolean;
  /** The CSS media the page is loaded in: `print`, as the PDF export opens pages. Default the screen. */
  readonly media?: 'screen' | 'print';
  /**
   * Whether the test moves the pages' time on itself (Playwright's clock, on the context before the page
   * loads, so the page's timers and any window it opens run on it): a wait of seconds becomes a jump.
   * Default false.
   */
  readonly clock?: boolean;
  /** Runs on the new page before it navigates: to route its requests, say. */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
  /** What the opening waits for: `domcontentloaded` for a page whose requests are held. Default `load`. */
  readonly waitUntil?: 'load' | 'domcontentloaded';
}

/** A page opened by `openPage`, with what it has done wrong so far. */
export interface OpenedPage {
  readonly page: Page;
  /** Text and source location of every console message of type `error`. */
  readonly consoleErrors: string[];
  /** Message of every uncaught exception in the page. */
  readonly pageErrors: string[];
  /** Every URL the page requested from another origin than the one it was opened on. */
  readonly offOriginRequests: string[];
  /** Closes the page and its browser context. */
  close(): Promise<void>;
}

/**
 * Opens `url` in a new browser context and resolves once it has loaded, recording console errors, page
 * errors and requests that leave the page's origin (`data:` and `blob:` URLs stay home). Rejects when the
 * page does not load.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  if (options.media) await page.emulateMedia({ media: options.media });
  await options.beforeLoad?.(page);
  const origin = new URL(url).origin;
  const opened: OpenedPage = {
    page,
    consoleErrors: [],
    pageErrors: [],
    offOriginRequests: [],
    close: () => context.close(),
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: source, lineNumber } = message.location();
    opened.consoleErrors.push(source ? `${message.text()} (${source}:${lineNumber + 1})` : message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? error.message));
  context.on('request', (request) => {
    if (leavesOrigin(request.url(), origin)) opened.offOriginRequests.push(request.url());
  });
  try {
    await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  } catch (error) {
    await context.close();
    throw error;
  }
  return opened;
}

function leavesOrigin(url: string, origin: string): boolean {
  const { protocol, origin: requestOrigin } = new URL(url);
  return protocol !== 'data:' && protocol !== 'blob:' && protocol !== 'about:' && requestOrigin !== origin;
}
