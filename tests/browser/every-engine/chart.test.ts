import { describe, expect, it } from 'vitest';
import { CHART_PALETTE } from '../../../src/deck/chart/goals-chart-look.ts';
import { CHART_STEPS, type ChartStep } from '../../../src/deck/chart-steps.ts';
import { CHART_FIGURE_SELECTOR, CHART_STATE } from '../../../src/deck/dom-contract.ts';
import { SCREENS } from '../../../src/deck/geometry.ts';
import { waitForStillness } from '../engines/deck-position.ts';
import type { EnginePage } from '../engines/engine-page.ts';
import { type Box, colourCount, decodeScreenshot } from '../engines/pixels.ts';
import { useEngine } from '../engines/use-engine.ts';
import { TALK } from '../support/talk-slides.ts';

const { engine, open } = useEngine();
const LAPTOP = SCREENS.laptop;
const FIGURE = `section#${TALK.chart.id} ${CHART_FIGURE_SELECTOR}`;
/** More pixels of a group's colour than this in the chart's canvas: its bars are drawn (each bar is thousands). */
const DRAWN = 2000;
/** The most Tab presses it may take to reach a chart button from the slide. */
const MOST_TABS = 40;

/** Resolves once the chart says it has drawn `step` in full. */
function drawnAt(page: EnginePage, step: ChartStep): Promise<void> {
  return page.waitFor(
    `the chart to draw step ${step}`,
    ({ figure, drawn, expected }) => {
      const element = document.querySelector<HTMLElement>(figure);
      return element?.dataset.chartState === drawn && element.dataset.chartStep === String(expected);
    },
    { figure: FIGURE, drawn: CHART_STATE.drawn, expected: step },
  );
}

/** How much of each of the chart's colours a screenshot shows in the chart's canvas. */
async function coloursOnScreen(page: EnginePage): Promise<Record<'providers' | 'patients' | 'gap', number>> {
  await waitForStillness(page);
  const canvas = await page.evaluate((figure): Box | null => {
    const box = document.querySelector(`${figure} canvas`)?.getBoundingClientRect();
    return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
  }, FIGURE);
  if (!canvas) throw new Error(`No chart canvas on ${TALK.chart.id}`);
  const picture = decodeScreenshot(await page.screenshot(), LAPTOP.width);
  return {
    providers: colourCount(picture, canvas, CHART_PALETTE.providers),
    patients: colourCount(picture, canvas, CHART_PALETTE.patients),
    gap: colourCount(picture, canvas, CHART_PALETTE.gap),
  };
}

/** Presses Tab, as a keyboard user does, until the element `selector` finds has the focus. */
async function tabTo(page: EnginePage, selector: string): Promise<void> {
  for (let presses = 0; presses < MOST_TABS; presses++) {
    await page.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) === true, selector)) return;
  }
  throw new Error(`${MOST_TABS} presses of Tab did not reach ${selector}`);
}

const pressedState = (page: EnginePage, selector: string) =>
  page.evaluate((target) => document.querySelector(target)?.getAttribute('aria-pressed'), selector);

describe(`the Sepucha 2008 chart in ${engine}`, () => {
  it('draws each step on screen: the providers, then the patients, then the gaps', async () => {
    const page = await open(`#/${TALK.chart.id}`, { viewport: LAPTOP });
    await drawnAt(page, CHART_STEPS.providers);
    const first = await coloursOnScreen(page);
    expect(first.providers).toBeGreaterThan(DRAWN);
    expect(first.patients).toBe(0);

    await page.press('ArrowRight');
    await drawnAt(page, CHART_STEPS.patients);
    const second = await coloursOnScreen(page);
    expect(second.providers).toBeGreaterThan(DRAWN);
    expect(second.patients).toBeGreaterThan(DRAWN);

    await page.press('ArrowRight');
    await drawnAt(page, CHART_STEPS.gaps);
    expect((await coloursOnScreen(page)).gap).toBeGreaterThan(first.gap);

    await page.press('ArrowLeft');
    await page.press('ArrowLeft');
    await drawnAt(page, CHART_STEPS.providers);
    expect((await coloursOnScreen(page)).patients).toBe(0);
  });

  it('hides and shows a group from the keyboard with its legend button, on the same slide', async () => {
    const page = await open(`#/${TALK.chart.id}`, { viewport: LAPTOP });
    await drawnAt(page, CHART_STEPS.providers);
    await page.press('ArrowRight');
    await drawnAt(page, CHART_STEPS.patients);
    const button = `${FIGURE} button.chart-legend[data-group="patients"]`;
    await tabTo(page, button);
    const address = await page.url();

    await page.press('Enter');
    await page.waitFor(
      'the patients to be hidden',
      (target) => document.querySelector(target)?.getAttribute('aria-pressed') === 'false',
      button,
    );
    await drawnAt(page, CHART_STEPS.patients);
    expect((await coloursOnScreen(page)).patients).toBe(0);

    await page.press(' ');
    await page.waitFor(
      'the patients to be shown',
      (target) => document.querySelector(target)?.getAttribute('aria-pressed') === 'true',
      button,
    );
    await drawnAt(page, CHART_STEPS.patients);
    expect((await coloursOnScreen(page)).patients).toBeGreaterThan(DRAWN);
    expect(await pressedState(page, button)).toBe('true');
    expect(await page.url()).toBe(address);
  });
});
