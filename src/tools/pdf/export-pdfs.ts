import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { HANDOUT_PAGE, PDF_FILES } from '../../deck/dom-contract.ts';
import { SCREENS } from '../../deck/geometry.ts';
import { launchChromium } from '../browsers/launch-chromium.ts';
import { serveStatic } from '../serve/serve-static.ts';
import { ExportError } from '../tool-error.ts';
import { type PdfJob, printPage } from './print-page.ts';
import { setPdfInfo } from './set-pdf-info.ts';

/** The two PDFs: the deck through reveal.js's print view, and the A4 handout page. */
export const PDF_JOBS: readonly PdfJob[] = [
  { file: PDF_FILES.slides, path: 'index.html?print-pdf', deck: true },
  { file: PDF_FILES.handout, path: HANDOUT_PAGE, deck: false },
];

/** How long each page may take to get ready, by default. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ExportOptions {
  /** The built site to print. */
  readonly distDir: string;
  /** Where the PDFs go; created when missing. */
  readonly outDir: string;
  readonly chromiumPath: string;
  /** Port to serve the site on; any free one by default. */
  readonly port?: number;
  /** How long each page may take to get ready, in ms. Default `DEFAULT_TIMEOUT_MS`. */
  readonly timeout?: number;
  /** Which PDFs to make. Default `PDF_JOBS`. */
  readonly jobs?: readonly PdfJob[];
  /** Told what is happening, a line at a time. */
  readonly onProgress?: (line: string) => void;
}

/** One PDF written. */
export interface PdfResult {
  readonly file: string;
  /** Where it was written. */
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
  /** The bookmarks of its outline, in reading order. */
  readonly outline: readonly string[];
  /** How long it took, in ms. */
  readonly ms: number;
  /** Slides that did not fit their page or frame: the PDF is written, but they need attention. */
  readonly overfull: readonly string[];
}

/**
 * Serves `distDir` on 127.0.0.1, prints each page of the site with headless Chromium and writes the
 * PDFs, with their title, author, subject, language, outline and tags, into `outDir`. Resolves with what
 * was written. Throws an `ExportError` saying what to do when Chromium will not start, the port is
 * taken, or a page does not get ready in time.
 */
export async function exportPdfs(options: ExportOptions): Promise<PdfResult[]> {
  const progress = options.onProgress ?? (() => undefined);
  const server = await serve(options.distDir, options.port);
  progress(`Serving ${options.distDir} at ${server.url}`);
  try {
    const browser = await launch(options.chromiumPath);
    try {
      progress(`Printing with Chromium ${browser.version()} (${options.chromiumPath})`);
      await mkdir(options.outDir, { recursive: true });
      // One context for both: each new one costs Chromium a renderer's start. Its window is the slides'
      // own size, which the deck measures its print pages from.
      const context = await browser.newContext({ viewport: SCREENS.laptop });
      // Each PDF in its own page, at the same time: a page spends much of its time waiting (fonts,
      // pictures, Chromium's printing), rarely on the same core.
      return await Promise.all(
        (options.jobs ?? PDF_JOBS).map(async (job) => {
          progress(`${job.file}: printing ${job.path}`);
          const result = await exportPdf(browser, context, server.url, job, options);
          progress(`${job.file}: ${result.pages} pages, ${kilobytes(result.bytes)}, ${seconds(result.ms)}`);
          return result;
        }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

async function exportPdf(
  browser: Browser,
  context: BrowserContext,
  siteUrl: string,
  job: PdfJob,
  options: ExportOptions,
): Promise<PdfResult> {
  const started = performance.now();
  const printed = await printPage(context, siteUrl, job, options.timeout ?? DEFAULT_TIMEOUT_MS);
  const { bytes, pages, outline } = await setPdfInfo(
    printed.pdf,
    printed.info,
    `npm run pdf, Chromium ${browser.version()}`,
  );
  const path = join(options.outDir, job.file);
  await writeFile(path, bytes);
  return {
    file: job.file,
    path,
    pages,
    bytes: bytes.length,
    outline,
    ms: performance.now() - started,
    overfull: printed.overfull,
  };
}

async function serve(distDir: string, port: number | undefined) {
  try {
    return await serveStatic(distDir, port === undefined ? {} : { port });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ExportError(
      `Cannot serve the site: ${message}`,
      'Stop the program using that port, run `npm run pdf -- --port <another>`, or leave --port out to take any free port.',
      {
        cause: error,
      },
    );
  }
}

async function launch(chromiumPath: string): Promise<Browser> {
  try {
    return await launchChromium(chromiumPath);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExportError(
      `Chromium at ${chromiumPath} would not start: ${message}`,
      'Point CHROMIUM_PATH at a working Chromium or Chrome, or unset it to use a system or Playwright Chromium.',
      { cause: error },
    );
  }
}

/** "385 kB". */
export function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1000)} kB`;
}

/** "2.4 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
