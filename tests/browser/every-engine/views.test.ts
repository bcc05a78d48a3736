import { describe, expect, it } from 'vitest';
import { FINAL_CHART_STEP } from '../../../src/deck/chart-steps.ts';
import { CHART_FIGURE_SELECTOR, CHART_STATE, handoutAnchor } from '../../../src/deck/dom-contract.ts';
import { PRINT_PAGE_HEIGHT_OFFSET, PRINT_PAGE_SIZE, SCREENS } from '../../../src/deck/geometry.ts';
import { waitForStillness } from '../engines/deck-position.ts';
import type { EnginePage, Viewport } from '../engines/engine-page.ts';
import { inkless, paintedScreenshot } from '../engines/painted-screenshot.ts';
import type { Box } from '../engines/pixels.ts';
import { useEngine } from '../engines/use-engine.ts';
import { TALK } from '../support/talk-slides.ts';

const { engine, open } = useEngine();
const PHONE = SCREENS.phone;
const withNotes = TALK.all.filter((slide) => slide.notes.length > 0);

/** Whether the heading `selector` finds is painted on screen, from a screenshot of the window. */
async function headingPainted(page: EnginePage, selector: string, viewport: Viewport): Promise<boolean> {
  await waitForStillness(page);
  const box = await page.evaluate((target): Box | null => {
    const rect = document.querySelector(target)?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }, selector);
  if (!box) throw new Error(`Nothing on the page matches ${selector}`);
  return (await paintedScreenshot(page, viewport.width, inkless([box]))).blank.length === 0;
}

/** Every chart on the page has drawn its last step. */
function chartsDrawnInFull(page: EnginePage): Promise<void> {
  return page.waitFor(
    'every chart to draw its last step',
    ({ figure, drawn, step }) => {
      const charts = [...document.querySelectorAll<HTMLElement>(figure)];
      return (
        charts.length > 0 &&
        charts.every(
          (chart) => chart.dataset.chartState === drawn && chart.dataset.chartStep === String(step),
        )
      );
    },
    { figure: CHART_FIGURE_SELECTOR, drawn: CHART_STATE.drawn, step: FINAL_CHART_STEP },
    30_000,
  );
}

const sideways = (page: EnginePage) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, null);

describe(`the other views in ${engine}`, () => {
  it('reads on a phone: every slide a page in the reading view, painted, no sideways scrolling', async () => {
    const page = await open('', { viewport: PHONE });
    await page.waitFor('the reading view', () => document.querySelector('.reveal-scroll .scroll-page'), null);
    const pages = await page.evaluate(
      () => [...document.querySelectorAll('.scroll-page section')].map((slide) => slide.id),
      null,
    );
    expect(pages).toEqual(TALK.all.map((slide) => slide.id));
    expect(await headingPainted(page, `section#${TALK.title.id} h1`, PHONE)).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  it('shows every slide’s speaker notes as a transcript when the phone’s reader asks', async () => {
    const page = await open('', { viewport: PHONE });
    await page.waitFor('the reading view', () => document.querySelector('.reveal-scroll .scroll-page'), null);
    await page.click('#transcript-toggle');
    await page.waitFor(
      'the transcript',
      (count) => document.querySelectorAll('.transcript').length === count,
      withNotes.length,
    );
    const [first] = withNotes;
    if (!first) throw new Error('The talk has no speaker notes to read.');
    const { written, shown } = await page.evaluate(
      (id) => ({
        written: document.querySelector(`section#${id} aside.notes`)?.textContent?.trim() ?? '',
        shown: document.querySelector<HTMLElement>(`.scroll-page:has(#${id}) .transcript`)?.innerText ?? '',
      }),
      first.id,
    );
    expect(written.length).toBeGreaterThan(0);
    expect(shown.replace(/\s+/g, ' ')).toContain(written.replace(/\s+/g, ' ').slice(0, 60));
    expect(
      await page.evaluate(
        () => document.querySelector('#transcript-toggle')?.getAttribute('aria-pressed'),
        null,
      ),
    ).toBe('true');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  it('renders the handout: every slide, the chart drawn in full, readable on a phone', async () => {
    const page = await open('handout.html', { viewport: PHONE, deck: false });
    await chartsDrawnInFull(page);
    const anchors = await page.evaluate(
      () => [...document.querySelectorAll('.handout-cover, article.handout-slide')].map((part) => part.id),
      null,
    );
    expect(anchors).toEqual(TALK.all.map((slide) => handoutAnchor(slide.id)));
    expect(await headingPainted(page, '.handout-cover h1', PHONE)).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  it('lays out ?print-pdf as one page of the print size per slide, every chart in its final state', async () => {
    const page = await open('?print-pdf', { viewport: SCREENS.laptop, deck: false });
    await page.waitFor(
      'the print view to lay out a page for every slide',
      (count) => document.querySelectorAll('.reveal .pdf-page').length === count,
      TALK.all.length,
      30_000,
    );
    // Paper's chart is the final state as the build drew it: shown in place, with no live chart beside it.
    const charts = await page.evaluate(
      (figure) =>
        [...document.querySelectorAll<HTMLElement>(figure)].map((chart) => {
          const box = chart.querySelector('.chart-picture svg')?.getBoundingClientRect();
          return {
            picture: box !== undefined && box.width > 0 && box.height > 0,
            canvases: chart.querySelectorAll('canvas').length,
          };
        }),
      CHART_FIGURE_SELECTOR,
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts).toEqual(charts.map(() => ({ picture: true, canvases: 0 })));
    const sizes = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page')].map((pdfPage) => ({
          slide: pdfPage.querySelector('section')?.id ?? '',
          width: pdfPage.offsetWidth,
          height: pdfPage.offsetHeight,
        })),
      null,
    );
    const sheet = { width: PRINT_PAGE_SIZE.width, height: PRINT_PAGE_SIZE.height + PRINT_PAGE_HEIGHT_OFFSET };
    expect(sizes).toEqual(TALK.all.map((slide) => ({ slide: slide.id, ...sheet })));
  });
});
