import type { Page } from 'playwright-core';

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
