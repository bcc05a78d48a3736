import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sepucha2008 } from '../../src/data/sepucha-2008.ts';
import { CHART_PALETTE } from '../../src/deck/chart/goals-chart-look.ts';
import { colourCount, decodeScreenshot } from './engines/pixels.ts';
import { chartDrawnAt } from './support/chart-drawn.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const CHART_SLIDE = TALK.chart.id;
const FIGURE = `section#${CHART_SLIDE} figure.chart`;

const { openDeck: open, open: openPage } = useBrowser();

/** Waits for the chart's own signal that it has finished drawing the given step. */
const drawnAt = (page: Page, step: number, figure = FIGURE) => chartDrawnAt(page, step, figure);

const hexToRgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

/** Counts the canvas pixels close to each of the chart's colours: what a person sees drawn. */
function countColours(
  page: Page,
  figure = FIGURE,
): Promise<Record<'providers' | 'patients' | 'gap', number>> {
  const colours = {
    providers: hexToRgb(CHART_PALETTE.providers),
    patients: hexToRgb(CHART_PALETTE.patients),
    gap: hexToRgb(CHART_PALETTE.gap),
  };
  return page.evaluate(
    ({ selector, colours }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) throw new Error(`no chart canvas in ${selector}`);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const counts = { providers: 0, patients: 0, gap: 0 };
      for (let i = 0; i < data.length; i += 4) {
        const [red = 0, green = 0, blue = 0, alpha = 0] = data.subarray(i, i + 4);
        for (const [name, [r = 0, g = 0, b = 0]] of Object.entries(colours) as [
          keyof typeof counts,
          number[],
        ][]) {
          const near = Math.abs(red - r) + Math.abs(green - g) + Math.abs(blue - b) < 24;
          if (near && alpha > 200) counts[name]++;
        }
      }
      return counts;
    },
    { selector: figure, colours },
  );
}

describe('the Sepucha 2008 chart, as the talk builds it', () => {
  it('arrives with only the providers’ bars drawn', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    const pixels = await countColours(page);
    expect(pixels.providers).toBeGreaterThan(5000);
    expect(pixels.patients).toBe(0);
  });

  it('adds the patients’ bars on the next step, then marks the gaps, and undoes both going back', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);

    await page.keyboard.press('ArrowRight');
    await drawnAt(page, 1);
    const both = await countColours(page);
    expect(both.providers).toBeGreaterThan(5000);
    expect(both.patients).toBeGreaterThan(3000);
    expect(both.gap).toBeLessThan(50);

    await page.keyboard.press('ArrowRight');
    await drawnAt(page, 2);
    expect((await countColours(page)).gap).toBeGreaterThan(500);

    await page.keyboard.press('ArrowLeft');
    await drawnAt(page, 1);
    expect((await countColours(page)).gap).toBeLessThan(50);
    await page.keyboard.press('ArrowLeft');
    await drawnAt(page, 0);
    expect((await countColours(page)).patients).toBe(0);
    expect(new URL(page.url()).hash).toBe(`#/${CHART_SLIDE}`);
  });

  it('shows "7%" and "71%" in the tooltip for "Keep your breast" when the bar is hovered', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    await page.keyboard.press('ArrowRight');
    await drawnAt(page, 1);
    const canvas = page.locator(`${FIGURE} canvas`);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the chart canvas has no box');
    // The first goal's row is the top quarter of the plot; hover its middle.
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.12);
    const tooltip = page.locator(`${FIGURE} .chart-tooltip`);
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.innerText();
    expect(text).toContain('Keep your breast');
    expect(text).toContain('7%');
    expect(text).toContain('71%');
    expect(text).toContain('P<0.01');
  });

  it('reads goal by goal from the keyboard, with the arrow keys on the focused chart', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    await page.locator(`${FIGURE} .chart-frame`).focus();
    const tooltip = page.locator(`${FIGURE} .chart-tooltip`);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toContain('Keep your breast');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tooltip.innerText()).toContain('Live as long as possible');
    expect(new URL(page.url()).hash).toBe(`#/${CHART_SLIDE}`);
  });

  // Hiding and showing a group from the keyboard, on the same slide: every engine's
  // (every-engine/chart.test.ts), Chromium's included, reaching the button with Tab as a person does.

  it('sorts the goals by the size of their gap on request', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    const sort = page.locator(`${FIGURE} button.chart-sort`);
    await sort.click();
    expect(await sort.getAttribute('aria-pressed')).toBe('true');
    await drawnAt(page, 0);
    await page.locator(`${FIGURE} .chart-frame`).focus();
    await page.keyboard.press('ArrowDown');
    // Second largest gap after "Keep your breast?" (64) is "Look natural without clothes" (47).
    await expect.poll(() => page.locator(`${FIGURE} .chart-tooltip`).innerText()).toContain('Look natural');
  });

  it('keeps an accessible data table with the four goals exactly, one click away', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    const rows = await page.locator(`${FIGURE} table tbody tr`).allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(
      sepucha2008.goals.map(
        (goal) =>
          `${goal.goal} ${goal.providers}% ${goal.patients}% ${Math.abs(goal.providers - goal.patients)} ${goal.p}`,
      ),
    );
    const table = page.locator(`${FIGURE} table`);
    expect(await table.locator('caption').innerText()).toContain('Sepucha 2008');
    expect(await table.locator('th[scope="col"]').allInnerTexts()).toEqual([
      'Goal',
      'Providers',
      'Patients',
      'Gap (points)',
      'p-value',
    ]);
    expect(await table.isVisible()).toBe(true); // present for assistive technology, clipped on screen
    const toggle = page.locator(`${FIGURE} button.chart-table-toggle`);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = await table.boundingBox();
    expect(box?.height).toBeGreaterThan(100);
  });

  it('draws the final state at once with reduced motion', async () => {
    const page = await open(`#/${CHART_SLIDE}`, { reducedMotion: true });
    await drawnAt(page, 2);
    const pixels = await countColours(page);
    expect(pixels.patients).toBeGreaterThan(3000);
    expect(pixels.gap).toBeGreaterThan(500);
  });

  it('shows the final state in ?print-pdf as the build drew it, loading no Chart.js', async () => {
    const page = await open('?print-pdf');
    await page.waitForFunction(() => document.querySelector('.reveal .pdf-page figure.chart'));
    const picture = page.locator('.pdf-page figure.chart .chart-picture svg');
    await picture.scrollIntoViewIfNeeded();
    const box = await picture.boundingBox();
    if (!box) throw new Error('The chart’s picture is not shown in the print view.');
    const shot = decodeScreenshot(await picture.screenshot(), box.width);
    const whole = { x: 0, y: 0, width: box.width, height: box.height };
    // Both groups' bars at their final length: each a share of the drawing, not a stray pixel.
    expect(colourCount(shot, whole, CHART_PALETTE.providers)).toBeGreaterThan(box.width * box.height * 0.03);
    expect(colourCount(shot, whole, CHART_PALETTE.patients)).toBeGreaterThan(box.width * box.height * 0.01);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop() ?? ''),
    );
    expect(loaded.filter((name) => name.startsWith('mount-charts'))).toEqual([]);
    expect(await page.locator('figure.chart canvas').count()).toBe(0);
  });

  it('fits a 360 × 740 phone screen without horizontal scrolling', async () => {
    const page = await open(`#/${CHART_SLIDE}`, { viewport: { width: 360, height: 740 } });
    await page.waitForFunction(
      (selector) => document.querySelector<HTMLElement>(selector)?.dataset.chartState === 'drawn',
      FIGURE,
    );
    const box = await page.locator(`${FIGURE} .chart-frame`).boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`fills its frame exactly in every frame from its first, on a ${viewport.width} × ${viewport.height} screen`, async () => {
      const page = await open(`#/${TALK.title.id}`, { viewport, reducedMotion: true });
      // Every animation frame from the move to the chart's slide until the chart says it is drawn: the
      // canvas, once there, is the frame's size (reveal.js scales the slide, not the frame's layout box).
      const misfits = await page.evaluate(
        ({ slide, figure }) =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            const look = () => {
              const canvas = document.querySelector<HTMLCanvasElement>(`${figure} canvas`);
              const frame = canvas?.parentElement;
              if (canvas && frame) {
                const size = `${canvas.style.width} × ${canvas.style.height}`;
                const wanted = `${frame.clientWidth}px × ${frame.clientHeight}px`;
                if (size !== wanted) seen.push(`${size}, in a frame of ${wanted}`);
              }
              if (document.querySelector<HTMLElement>(figure)?.dataset.chartState === 'drawn') resolve(seen);
              else requestAnimationFrame(look);
            };
            window.location.hash = `#/${slide}`;
            requestAnimationFrame(look);
          }),
        { slide: CHART_SLIDE, figure: FIGURE },
      );
      expect(misfits).toEqual([]);
    });
  }

  it('survives revisits, resizing and the overview without blanking or duplicating', async () => {
    const page = await open(`#/${CHART_SLIDE}`);
    await drawnAt(page, 0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.setViewportSize({ width: 900, height: 600 });
    await page.keyboard.press('o');
    await page.waitForFunction(() => document.querySelector('.reveal.overview'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.reveal.overview'));
    expect(await page.locator(`${FIGURE} canvas`).count()).toBe(1);
    expect(await page.locator(`${FIGURE} .chart-controls`).count()).toBe(1);
    await drawnAt(page, 0);
    expect((await countColours(page)).providers).toBeGreaterThan(2000);
  });
});

describe('loading Chart.js', () => {
  it('is not on the first slide’s critical path: it loads when a chart slide comes near', async () => {
    const { page } = await openPage('');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    const firstLoad = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    expect(firstLoad.some((url) => url.includes('mount-charts'))).toBe(false);

    await page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, CHART_SLIDE);
    await drawnAt(page, 0);
    expect(scripts.some((url) => url.includes('mount-charts'))).toBe(true);
  });

  it('draws the chart of the next slide while the slide before it is shown: it is ready on arrival', async () => {
    const before = TALK.all[TALK.all.indexOf(TALK.chart) - 1];
    if (!before) throw new Error('The chart must not be the first slide for this test.');
    const page = await open(`#/${before.id}`);
    // Built, fitted and drawn in idle moments while the presenter is still on the slide before.
    await drawnAt(page, 0);
    expect(await page.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe(
      before.id,
    );
    expect((await countColours(page)).providers).toBeGreaterThan(5000);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (id) => document.querySelector('.slides > section.present')?.id === id,
      CHART_SLIDE,
    );
    expect(await page.locator(FIGURE).getAttribute('data-chart-state')).toBe('drawn');
    expect((await countColours(page)).providers).toBeGreaterThan(5000);
  });
});
