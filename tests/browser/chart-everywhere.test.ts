import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sepucha2008 } from '../../src/data/sepucha-2008.ts';
import { CHART_FACES, CHART_PALETTE } from '../../src/deck/chart/goals-chart-look.ts';
import { orderGoals } from '../../src/deck/chart/goals-chart-state.ts';
import { REFERENCES_SLIDE_ID } from '../../src/deck/dom-contract.ts';
import { recordPdfReady, waitForPdfReady } from '../../src/tools/pdf/wait-for-ready.ts';
import { findAxeViolations } from './support/axe.ts';
import { chartDrawnAt } from './support/chart-drawn.ts';
import { openSpeakerView, SPEAKER_VIEW } from './support/speaker-view.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const SLIDE = `section#${TALK.chart.id}`;
const FIGURE = `${SLIDE} figure.chart`;
const LEGEND = ['Providers (clinicians)', 'Patients (breast cancer survivors)'];

const { openDeck, open, browser } = useBrowser();

/** Whether a locator's element is drawn and inside the window, where a person would see it. */
async function inView(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport || !(await locator.isVisible())) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
  );
}

describe('the chart’s source, in every view', () => {
  it('is on the chart’s slide on screen, and its link lands on the references slide', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`);
    await chartDrawnAt(page, 0, FIGURE);
    const source = page.locator(`${FIGURE} .chart-source a`);
    expect(await source.innerText()).toBe('Sepucha 2008');
    expect(await inView(source, page)).toBe(true);
    await source.click();
    await page.waitForFunction(
      (id) => document.querySelector(`section#${id}`)?.classList.contains('present'),
      REFERENCES_SLIDE_ID,
    );
    expect(new URL(page.url()).hash).toBe(`#/${REFERENCES_SLIDE_ID}`);
  });

  it('is in the speaker view’s preview of the slide', async () => {
    const deck = await openDeck(`#/${TALK.chart.id}`);
    await chartDrawnAt(deck, 0, FIGURE);
    const speakerView = await openSpeakerView(deck);
    const preview = speakerView.frameLocator(`${SPEAKER_VIEW.nowPreview} iframe`);
    const source = preview.locator(`${FIGURE} .chart-source`);
    await source.waitFor();
    expect(await source.innerText()).toBe('Source: Sepucha 2008');
    // Inside the preview's frame, where the presenter sees it.
    const frame = await speakerView.locator(`${SPEAKER_VIEW.nowPreview} iframe`).boundingBox();
    const box = await source.boundingBox();
    expect(box && frame && box.y >= frame.y && box.y + box.height <= frame.y + frame.height).toBe(true);
    await speakerView.close();
  });

  it('is in the handout’s picture of the slide', async () => {
    const { page } = await open('handout.html');
    const source = page.locator('.handout-frame figure.chart .chart-source');
    expect(await source.innerText()).toBe('Source: Sepucha 2008');
    expect(await source.isVisible()).toBe(true);
  });

  it('is there with JavaScript off, under the chart drawn in full with its legend', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/#/${TALK.chart.id}`);
      await page.locator(`${FIGURE} svg`).scrollIntoViewIfNeeded();
      const chart = page.locator(`${FIGURE} .chart-picture svg`);
      expect(await chart.isVisible()).toBe(true);
      expect((await chart.boundingBox())?.height).toBeGreaterThan(300);
      for (const group of LEGEND) expect(await chart.locator('text', { hasText: group }).count()).toBe(1);
      expect(await page.locator(`${FIGURE} .chart-source`).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the chart’s drawing', () => {
  it('writes no text over another, and none past its sides, with its fonts in', async () => {
    // The print view is laid out after the page loads, later on a busy machine: reveal.js says when.
    const { page } = await open('?print-pdf', { beforeLoad: recordPdfReady });
    await waitForPdfReady(page, 30_000);
    // `fonts.ready` alone can resolve before a face has begun to load, leaving the text to a wider
    // fallback: ask for the chart's own faces and wait until they are in.
    const faces = [...CHART_FACES];
    await page.evaluate((list) => Promise.all(list.map((face) => document.fonts.load(face))), faces);
    expect(await page.evaluate((list) => list.every((face) => document.fonts.check(face)), faces)).toBe(true);
    const chart = page.locator(`${FIGURE} .chart-picture svg`);
    expect(await chart.isVisible()).toBe(true);
    const { lines, edges } = await chart.evaluate((svg) => {
      const box = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      return {
        edges: box(svg),
        lines: [...svg.querySelectorAll('text')].flatMap((text, index) =>
          [...text.querySelectorAll('tspan')].map((line) => ({
            text: index,
            words: line.textContent ?? '',
            ...box(line),
          })),
        ),
      };
    });
    expect(lines.length).toBeGreaterThan(20);
    const overlaps: string[] = [];
    for (const [index, a] of lines.entries()) {
      for (const b of lines.slice(index + 1)) {
        if (a.text === b.text) continue;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 0.5 && down > 0.5) overlaps.push(`"${a.words}" over "${b.words}"`);
      }
    }
    expect(overlaps).toEqual([]);
    // Sideways only: a line's box is its font's full height, taller than the ink its line holds.
    const outside = lines.filter((line) => line.left < edges.left - 0.5 || line.right > edges.right + 0.5);
    expect(outside.map((line) => line.words)).toEqual([]);
  });
});

describe('the chart on paper', () => {
  it('prints from the slides view as the drawing of its final state with its legend and source', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`);
    await chartDrawnAt(page, 0, FIGURE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${FIGURE} .chart-frame`).isVisible()).toBe(false);
    expect(await page.locator(`${FIGURE} .chart-controls`).isVisible()).toBe(false);
    const chart = page.locator(`${FIGURE} .chart-picture svg`);
    expect(await chart.isVisible()).toBe(true);
    for (const group of LEGEND)
      expect(await chart.locator('text', { hasText: group }).isVisible()).toBe(true);
    // The final state: the gaps marked, whatever step the screen was at.
    expect(await chart.locator('text', { hasText: '64 percentage points' }).count()).toBe(1);
    expect(await page.locator(`${FIGURE} .chart-source`).isVisible()).toBe(true);
  });
});

/** The bars drawn on the chart's canvas, in page coordinates, grouped by goal from top to bottom. */
function barsByGoal(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }[][]> {
  const colours = [CHART_PALETTE.providers, CHART_PALETTE.patients].map((hex) =>
    [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)),
  );
  return page.evaluate(
    ({ selector, colours }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) throw new Error('no chart canvas');
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const isBar = (x: number, y: number) => {
        const at = (y * width + x) * 4;
        return colours.some(
          ([r = 0, g = 0, b = 0]) =>
            Math.abs((data[at] ?? 0) - r) +
              Math.abs((data[at + 1] ?? 0) - g) +
              Math.abs((data[at + 2] ?? 0) - b) <
            40,
        );
      };
      // Bars start at the plot's left edge: the leftmost column with bar colour in it.
      let left = width;
      for (let y = 0; y < height; y++) for (let x = 0; x < left; x++) if (isBar(x, y)) left = x;
      const column = left + 2;
      const runs: { top: number; bottom: number }[] = [];
      for (let y = 0; y < height; y++) {
        if (!isBar(column, y)) continue;
        const last = runs.at(-1);
        if (last && last.bottom === y - 1) last.bottom = y;
        else runs.push({ top: y, bottom: y });
      }
      const box = canvas.getBoundingClientRect();
      const scale = box.width / width;
      const bars = runs.map(({ top, bottom }) => {
        const middle = Math.round((top + bottom) / 2);
        let right = column;
        while (right < width && isBar(right, middle)) right++;
        return {
          left: box.left + left * scale,
          right: box.left + right * scale,
          top: box.top + top * scale,
          bottom: box.top + (bottom + 1) * scale,
        };
      });
      // A goal's two bars touch nearly; goals are further apart than a bar is thick.
      const goals: (typeof bars)[] = [];
      for (const bar of bars) {
        const group = goals.at(-1);
        const previous = group?.at(-1);
        if (group && previous && bar.top - previous.bottom < (bar.bottom - bar.top) / 2) group.push(bar);
        else goals.push([bar]);
      }
      return goals;
    },
    { selector: FIGURE, colours },
  );
}

describe('the chart’s tooltip', () => {
  it('never covers the bars of the goal it describes, goal by goal from the keyboard', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`);
    await chartDrawnAt(page, 0, FIGURE);
    await page.keyboard.press('ArrowRight');
    await chartDrawnAt(page, 1, FIGURE);
    const goals = await barsByGoal(page);
    expect(goals).toHaveLength(sepucha2008.goals.length);
    const tooltip = page.locator(`${FIGURE} .chart-tooltip`);
    await page.locator(`${FIGURE} .chart-frame`).focus();
    for (const [index, goal] of sepucha2008.goals.entries()) {
      if (index > 0) await page.keyboard.press('ArrowDown');
      await expect.poll(() => tooltip.innerText()).toContain(goal.goal);
      const box = await tooltip.boundingBox();
      if (!box) throw new Error('the tooltip has no box');
      for (const bar of goals[index] ?? []) {
        const covers =
          box.x < bar.right &&
          bar.left < box.x + box.width &&
          box.y < bar.bottom &&
          bar.top < box.y + box.height;
        expect(covers, `the tooltip over a bar of "${goal.goal}"`).toBe(false);
      }
    }
  });
});

describe('the chart’s data table', () => {
  const rowGoals = (page: Page) => page.locator(`${FIGURE} table tbody th`).allInnerTexts();

  it('follows “Sort by gap”, and back', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`);
    await chartDrawnAt(page, 0, FIGURE);
    expect(await rowGoals(page)).toEqual(sepucha2008.goals.map((goal) => goal.goal));
    const sort = page.locator(`${FIGURE} button.chart-sort`);
    await sort.click();
    expect(await rowGoals(page)).toEqual(orderGoals(sepucha2008.goals, true).map((goal) => goal.goal));
    await sort.click();
    expect(await rowGoals(page)).toEqual(sepucha2008.goals.map((goal) => goal.goal));
  });

  it('never breaks a heading within a word on a 360 px phone', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`, { viewport: { width: 360, height: 740 } });
    await page.locator(`${FIGURE} .chart-table-toggle`).waitFor();
    await page.locator(`${FIGURE} .chart-table-toggle`).click();
    const heads = page.locator(`${FIGURE} thead th`);
    expect(await heads.first().isVisible()).toBe(true);
    // A word broken across lines is drawn in more than one box.
    const broken = await heads.evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        return [...(text.textContent ?? '').matchAll(/\S+/g)].flatMap((word) => {
          const range = document.createRange();
          range.setStart(text, word.index ?? 0);
          range.setEnd(text, (word.index ?? 0) + word[0].length);
          return range.getClientRects().length > 1 ? [word[0]] : [];
        });
      }),
    );
    expect(broken).toEqual([]);
    // Whole within the slide: nothing runs past its edge.
    const table = await page.locator(`${FIGURE} table`).boundingBox();
    const figure = await page.locator(FIGURE).boundingBox();
    expect(table?.x).toBeGreaterThanOrEqual(figure?.x ?? Number.NaN);
    expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(
      (figure?.x ?? 0) + (figure?.width ?? 0) + 1,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the chart slide, for assistive technology', () => {
  it('has no axe-core violation with the chart mounted and its table shown', async () => {
    const page = await openDeck(`#/${TALK.chart.id}`, { reducedMotion: true });
    await chartDrawnAt(page, 2, FIGURE);
    expect(await findAxeViolations(page, SLIDE)).toEqual([]);
    await page.locator(`${FIGURE} .chart-table-toggle`).click();
    expect(await findAxeViolations(page, SLIDE)).toEqual([]);
  });
});
