import { errors, type Page } from 'playwright-core';
import { FINAL_CHART_STEP } from '../../deck/chart-steps.ts';
import { CHART_FIGURE_SELECTOR, CHART_STATE } from '../../deck/dom-contract.ts';
import { ExportError } from '../tool-error.ts';

/** What a chart's figure says once it has drawn its last step; sent into the page, which sees no imports. */
const FINAL_CHART = Object.freeze({
  selector: CHART_FIGURE_SELECTOR,
  drawn: CHART_STATE.drawn,
  step: FINAL_CHART_STEP,
});

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
 * Waits until every chart on the page reports that it has drawn its final step (`data-chart-state`,
 * set by the chart's own "drawn" signal). Throws an `ExportError` naming the slides whose chart did not
 * draw within `timeout` ms.
 */
export async function waitForCharts(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(
      ({ selector, drawn, step }) =>
        [...document.querySelectorAll<HTMLElement>(selector)].every(
          (figure) => figure.dataset.chartState === drawn && figure.dataset.chartStep === String(step),
        ),
      FINAL_CHART,
      { timeout },
    );
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    const slides = await undrawnChartSlides(page);
    throw new ExportError(
      `The chart on slide ${slides.map((id) => `"${id}"`).join(', ')} did not finish drawing within ${seconds(timeout)}.`,
      'Run `npm run preview`, open that slide (/#/<id>, or /handout.html) in Chromium and read its console; ' +
        '`npm run pdf -- --timeout 120` allows more time.',
      { cause: error },
    );
  }
}

function undrawnChartSlides(page: Page): Promise<string[]> {
  return page.evaluate(({ selector, drawn, step }) => {
    const undrawn = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (figure) => figure.dataset.chartState !== drawn || figure.dataset.chartStep !== String(step),
    );
    // The deck's slides carry their id; the handout's frames carry it as data-slide.
    return undrawn.map((figure) => {
      const slide = figure.closest<HTMLElement>('section[data-slide], section[id]');
      return slide?.dataset.slide ?? slide?.id ?? figure.dataset.chart ?? '?';
    });
  }, FINAL_CHART);
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
