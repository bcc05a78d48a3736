import type { BrowserContext } from 'playwright-core';
import { ExportError } from '../tool-error.ts';
import { findOverfullSlides } from './find-overfull-slides.ts';
import { printWithPageNumbers } from './number-contents.ts';
import { type DocumentInfo, readDocumentInfo } from './set-pdf-info.ts';
import {
  recordPdfReady,
  waitForFonts,
  waitForHandoutReady,
  waitForPdfReady,
  waitForPictures,
} from './wait-for-ready.ts';

/** How long loading a page of the local site may take: generous, as a busy machine is slow, not broken. */
const LOAD_TIMEOUT_MS = 60_000;

/** One PDF to make: which page of the site, printed how. */
export interface PdfJob {
  /** The file written: `slides.pdf`. */
  readonly file: string;
  /** The page, relative to the site's root: `index.html?print-pdf`. */
  readonly path: string;
  /**
   * Whether the page is the reveal.js deck, whose print view says `pdf-ready` once laid out (else the
   * handout, whose script says when it is ready).
   */
  readonly deck: boolean;
}

/** What printing a page gave. */
export interface PrintedPage {
  /** The PDF exactly as Chromium wrote it. */
  readonly pdf: Uint8Array;
  readonly info: DocumentInfo;
  /** Slides that did not fit their page or frame (see `findOverfullSlides`). */
  readonly overfull: readonly string[];
}

/**
 * Opens a page of the site in print mode in `context` (whose window is the slides' own size: the deck
 * measures its print pages from the window it starts in), waits for its real signals (reveal.js's
 * `pdf-ready` for the deck, the handout's ready mark, the pictures, the fonts), never a fixed sleep, and
 * prints it with the page size its CSS asks for (16:9 slides, A4 handout), backgrounds, an outline from
 * its headings and tags, and its contents' page numbers (a second print, for the handout).
 * Throws an `ExportError` naming what was not ready, and the page's errors, when a signal has not come
 * `timeout` ms after the page loaded.
 */
export async function printPage(
  context: BrowserContext,
  siteUrl: string,
  job: PdfJob,
  timeout: number,
): Promise<PrintedPage> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    // Print media from the start: the deck measures its slides with the styles they will print with.
    await page.emulateMedia({ media: 'print' });
    if (job.deck) await recordPdfReady(page);
    await page.goto(`${siteUrl}/${job.path}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    // Both show each chart as the build drew it: no live chart to wait for.
    if (job.deck) await waitForPdfReady(page, timeout);
    else await waitForHandoutReady(page, timeout);
    await waitForPictures(page, timeout);
    await waitForFonts(page, timeout);
    const overfull = await findOverfullSlides(page);
    const info = await readDocumentInfo(page);
    const pdf = await printWithPageNumbers(page, () =>
      page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }),
    );
    return { pdf, info, overfull };
  } catch (error) {
    throw withPageErrors(error, job, pageErrors);
  } finally {
    await page.close();
  }
}

function withPageErrors(error: unknown, job: PdfJob, pageErrors: readonly string[]): Error {
  const errorsSeen = pageErrors.length > 0 ? `\nThe page reported: ${pageErrors.join('; ')}` : '';
  if (error instanceof ExportError) {
    return new ExportError(`${job.file}: ${error.message}${errorsSeen}`, error.hint, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ExportError(
    `${job.file}: printing ${job.path} failed: ${message}${errorsSeen}`,
    'Check that the build is complete (`npm run pdf -- --rebuild`), then try again.',
    { cause: error },
  );
}
