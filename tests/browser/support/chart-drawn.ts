import type { Page } from 'playwright-core';
import { FINAL_CHART_STEP } from '../../../src/deck/chart-steps.ts';
import { CHART_FIGURE_SELECTOR, CHART_STATE } from '../../../src/deck/dom-contract.ts';

/** Waits for a chart's own signal that it has finished drawing the given step (`figure`: a selector). */
export async function chartDrawnAt(page: Page, step: number, figure: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, expected }) => {
      const element = document.querySelector<HTMLElement>(selector);
      return element?.dataset.chartState === 'drawn' && element.dataset.chartStep === String(expected);
    },
    { selector: figure, expected: step },
  );
}

/** Waits until every chart on the page says it has drawn its final step (a page that draws them all at once). */
export async function everyChartDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    ({ selector, drawn, step }) =>
      [...document.querySelectorAll<HTMLElement>(selector)].every(
        (figure) => figure.dataset.chartState === drawn && figure.dataset.chartStep === String(step),
      ),
    { selector: CHART_FIGURE_SELECTOR, drawn: CHART_STATE.drawn, step: FINAL_CHART_STEP },
  );
}
