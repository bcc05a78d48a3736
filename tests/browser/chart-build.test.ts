import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_SPACING, CHART_TEXT } from '../../src/deck/chart/goals-chart-look.ts';
import { SCREENS, SLIDE_SIZE } from '../../src/deck/geometry.ts';
import { chartDrawnAt } from './support/chart-drawn.ts';
import {
  recordChartTexts,
  takeChartTexts,
  valueLabelsByFrame,
  type WrittenText,
} from './support/chart-frames.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const FIGURE = `section#${TALK.chart.id} figure.chart`;
const SLIDE_NUMBER = TALK.all.indexOf(TALK.chart) + 1;

const { openDeck } = useBrowser();

/** Waits for the chart's own signal that it has finished drawing the given step. */
const drawnAt = (page: Page, step: number) => chartDrawnAt(page, step, FIGURE);

/** Jumps to the chart's slide by its number, as a presenter does: G, the number, Enter. */
async function jumpToChart(page: Page): Promise<void> {
  await page.keyboard.press('g');
  await page.keyboard.type(String(SLIDE_NUMBER));
  await page.keyboard.press('Enter');
}

const key = (label: WrittenText) => `${label.bar?.group}@${Math.round(label.y)}`;

/** Where the plot starts: under the middle of the "0%" tick. */
function plotLeft(texts: readonly WrittenText[]): number {
  const zero = texts.find((text) => text.text === '0%' && text.align === 'center');
  if (!zero) throw new Error('the chart wrote no "0%" tick');
  return zero.x;
}

/**
 * Every value label sits just right of the end of the bar it belongs to, in every frame; a bar that has
 * not grown yet ends where the plot starts.
 */
function expectLabelsAtTheirBars(frames: readonly WrittenText[][], left: number): void {
  for (const label of frames.flat()) {
    const distance = label.x - (label.bar?.end ?? left);
    expect(distance, `"${label.text}" from its bar`).toBeGreaterThanOrEqual(0);
    expect(distance, `"${label.text}" from its bar`).toBeLessThanOrEqual(CHART_SPACING.valueOffset + 2);
  }
}

/** Where each bar ends, frame by frame. */
function barEnds(frames: readonly WrittenText[][], group: 'providers' | 'patients'): Map<string, number[]> {
  const ends = new Map<string, number[]>();
  for (const frame of frames) {
    for (const label of frame) {
      if (label.bar?.group !== group) continue;
      ends.set(key(label), [...(ends.get(key(label)) ?? []), label.bar.end]);
    }
  }
  return ends;
}

const neverShrinks = (ends: readonly number[]) =>
  ends.every((end, at) => at === 0 || end >= (ends[at - 1] ?? 0) - 0.5);

describe('the chart as it builds', () => {
  it('keeps the providers’ bars still while the patients’ bars grow, each value travelling with its bar', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`);
    await drawnAt(page, 0);
    await recordChartTexts(page);
    await page.keyboard.press('ArrowRight');
    await drawnAt(page, 1);
    const texts = await takeChartTexts(page);
    const frames = valueLabelsByFrame(texts);
    expect(frames.length).toBeGreaterThan(3);

    const providers = barEnds(frames, 'providers');
    expect(providers.size).toBe(3); // 71%, 96%, 80%; the 0% has no bar to find
    for (const [bar, ends] of providers) {
      const final = ends.at(-1) ?? 0;
      for (const end of ends) expect(Math.abs(end - final), `providers' bar ${bar}`).toBeLessThanOrEqual(0.5);
    }
    const patients = barEnds(frames, 'patients');
    expect(patients.size).toBe(4);
    for (const [bar, ends] of patients) {
      expect(neverShrinks(ends), `patients' bar ${bar}: ${ends.map(Math.round).join(' ')}`).toBe(true);
      // It grew: drawn short first, then at its length.
      expect((ends[0] ?? 0) < (ends.at(-1) ?? 0), `patients' bar ${bar} grows`).toBe(true);
    }
    expectLabelsAtTheirBars(frames, plotLeft(texts));
  });

  it('grows the bars on first arrival with their values at their ends (G, then the slide’s number)', async () => {
    const page = await openDeck('');
    await recordChartTexts(page);
    await jumpToChart(page);
    await drawnAt(page, 0);
    const texts = await takeChartTexts(page);
    const frames = valueLabelsByFrame(texts);
    expect(frames.length).toBeGreaterThan(3);
    for (const [bar, ends] of barEnds(frames, 'providers')) {
      expect(neverShrinks(ends), `providers' bar ${bar}: ${ends.map(Math.round).join(' ')}`).toBe(true);
    }
    expectLabelsAtTheirBars(frames, plotLeft(texts));
  });

  it('shows every bar at its length at once with reduced motion', async () => {
    const page = await openDeck('', { reducedMotion: true });
    await recordChartTexts(page);
    await jumpToChart(page);
    await drawnAt(page, 2);
    const texts = await takeChartTexts(page);
    const frames = valueLabelsByFrame(texts);
    expect(frames.length).toBeGreaterThan(0);
    // A frame may be drawn twice over (a resize); what each frame shows is its set of values and places.
    const shown = frames.map((frame) =>
      [
        ...new Set(frame.map((label) => `${label.text} ${Math.round(label.x)} ${Math.round(label.y)}`)),
      ].sort(),
    );
    expect(shown[0]).toHaveLength(8); // both groups' values, in the very first frame drawn
    for (const frame of shown) expect(frame).toEqual(shown[0]);
    expectLabelsAtTheirBars(frames, plotLeft(texts));
  });
});

/** The slide's small-text size, as the theme states it. */
const smallText = (page: Page) =>
  page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--deck-text-small')),
  );

describe('the chart in a room', () => {
  for (const screen of [SCREENS.laptop, SCREENS.projector]) {
    it(`writes nothing smaller than the slide’s small text and gives the plot the slide’s height, at ${screen.width} × ${screen.height}`, async () => {
      const page = await openDeck(`#/${TALK.chart.id}`, { viewport: screen });
      await drawnAt(page, 0);
      const small = await smallText(page);
      expect(small).toBeGreaterThan(0);
      await recordChartTexts(page);
      await page.keyboard.press('ArrowRight');
      await drawnAt(page, 1);
      await page.keyboard.press('ArrowRight');
      await drawnAt(page, 2);
      const written = await takeChartTexts(page);
      // Goals, values, ticks, the axis title, the gaps: all of them, in slide pixels.
      expect(new Set(written.map((text) => text.text))).toContain('64 percentage points');
      for (const text of written) expect(text.size, `"${text.text}"`).toBeGreaterThanOrEqual(small);

      const html = await page.evaluate((selector) => {
        const figure = document.querySelector(selector);
        const texts = [...(figure?.querySelectorAll('.chart-controls button, .chart-source') ?? [])];
        return texts.map((element) => [
          element.textContent,
          Number.parseFloat(getComputedStyle(element).fontSize),
        ]);
      }, FIGURE);
      expect(html.length).toBeGreaterThan(4);
      for (const [text, size] of html) expect(size, `"${text}"`).toBeGreaterThanOrEqual(small);

      // The plot takes most of the slide's height, and the slide still holds the chart and its source.
      const boxes = await page.evaluate(
        ({ selector }) => {
          const figure = document.querySelector<HTMLElement>(selector);
          const frame = figure?.querySelector<HTMLElement>('.chart-frame');
          const section = figure?.closest('section');
          const source = figure?.querySelector<HTMLElement>('.chart-source');
          if (!frame || !section || !source) throw new Error('no chart frame or source on the slide');
          const top = section.getBoundingClientRect().top;
          const scale = section.getBoundingClientRect().height / section.offsetHeight;
          return {
            frame: frame.offsetHeight,
            sourceBottom: (source.getBoundingClientRect().bottom - top) / scale + section.offsetTop,
          };
        },
        { selector: FIGURE },
      );
      expect(boxes.frame / SLIDE_SIZE.height).toBeGreaterThan(0.65);
      expect(boxes.sourceBottom).toBeLessThanOrEqual(SLIDE_SIZE.height);
    });
  }
});

describe('the chart on screen and on paper', () => {
  it('writes its values where the build’s drawing of the final state writes them', async () => {
    const page = await openDeck('', { reducedMotion: true });
    await recordChartTexts(page);
    await jumpToChart(page);
    await drawnAt(page, 2);
    const frames = valueLabelsByFrame(await takeChartTexts(page));
    const live = (frames.at(-1) ?? []).map((label) => ({ text: label.text, x: label.x, y: label.y }));
    const drawn = await page.evaluate(
      ({ selector, weight, size }) =>
        [...document.querySelectorAll(`${selector} .chart-picture svg text`)]
          .filter(
            (text) =>
              text.getAttribute('font-weight') === String(weight) &&
              text.getAttribute('font-size') === String(size),
          )
          .map((text) => {
            const line = text.querySelector('tspan');
            return {
              text: line?.textContent ?? '',
              x: Number(line?.getAttribute('x')),
              // In the plot's group, which the SVG moves down below its legend: the live frame's origin.
              y: Number(line?.getAttribute('y')),
            };
          }),
      { selector: FIGURE, weight: CHART_TEXT.strong, size: CHART_TEXT.label },
    );
    const byPlace = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;
    live.sort(byPlace);
    drawn.sort(byPlace);
    expect(live.map((label) => label.text)).toEqual(drawn.map((label) => label.text));
    live.forEach((label, index) => {
      const twin = drawn[index];
      expect(Math.abs(label.x - (twin?.x ?? Number.NaN)), `"${label.text}" across`).toBeLessThanOrEqual(2);
      expect(Math.abs(label.y - (twin?.y ?? Number.NaN)), `"${label.text}" down`).toBeLessThanOrEqual(2);
    });
  });
});
