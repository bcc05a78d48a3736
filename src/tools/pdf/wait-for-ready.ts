import { errors, type Page } from 'playwright-core';
import { HANDOUT_READY_ATTRIBUTE } from '../../deck/dom-contract.ts';
import { ExportError } from '../tool-error.ts';

/** Set on `window` by `recordPdfReady` when reveal.js reports that its print view is laid out. */
const PDF_READY_FLAG = '__deckPdfReady';

/**
 * Makes every document the page opens note reveal.js's `pdf-ready` event, which it fires once, and
 * maybe before anyone could wait for it. Call before `page.goto`.
 */
export async function recordPdfReady(page: Page): Promise<void> {
  await page.addInitScript((flag) => {
    document.addEventListener('pdf-ready', () => Object.assign(window, { [flag]: true }));
  }, PDF_READY_FLAG);
}

/** Waits for reveal.js's `pdf-ready`; throws an `ExportError` after `timeout` ms without it. */
export async function waitForPdfReady(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(
      (flag) => (window as unknown as Record<string, unknown>)[flag] === true,
      PDF_READY_FLAG,
      {
        timeout,
      },
    );
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    throw new ExportError(
      `The deck did not lay out its print view: reveal.js sent no "pdf-ready" within ${seconds(timeout)}.`,
      'Run `npm run preview`, open /?print-pdf in Chromium and read its console; ' +
        '`npm run pdf -- --timeout 120` allows more time.',
      { cause: error },
    );
  }
}

/**
 * Waits until the handout's script says the page is ready for paper (`HANDOUT_READY_ATTRIBUTE`); throws
 * an `ExportError` after `timeout` ms without it.
 */
export async function waitForHandoutReady(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForSelector(`html[${HANDOUT_READY_ATTRIBUTE}]`, { state: 'attached', timeout });
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    throw new ExportError(
      `The handout's script did not get the page ready within ${seconds(timeout)}.`,
      'Run `npm run preview`, open /handout.html in Chromium and read its console; ' +
        '`npm run pdf -- --timeout 120` allows more time.',
      { cause: error },
    );
  }
}

/**
 * Waits until every picture on the page has loaded, so that none prints as an empty frame. Throws an
 * `ExportError` naming the pictures still missing after `timeout` ms.
 */
export async function waitForPictures(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(
      () => [...document.images].every((picture) => picture.complete && picture.naturalWidth > 0),
      null,
      { timeout },
    );
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    const missing = await page.evaluate(() =>
      [...document.images]
        .filter((picture) => !picture.complete || picture.naturalWidth === 0)
        .map((picture) => picture.getAttribute('src') ?? '?'),
    );
    throw new ExportError(
      `The pictures ${missing.map((src) => `"${src}"`).join(', ')} did not load within ${seconds(timeout)}.`,
      'Check that the build has them in dist/assets (run `npm run pdf -- --rebuild`).',
      { cause: error },
    );
  }
}

/** Waits until no web font the page uses is still loading, so the PDF embeds the right ones. */
export async function waitForFonts(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(() => document.fonts.status === 'loaded', null, { timeout });
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    throw new ExportError(
      `The page's fonts did not load within ${seconds(timeout)}.`,
      'Check that the build has its fonts in dist/assets (run `npm run pdf -- --rebuild`).',
      { cause: error },
    );
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
