import { readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { talk } from '../../src/data/talk.ts';
import { CHART_PALETTE } from '../../src/deck/chart/goals-chart-look.ts';
import { buildSingleFile, singleFileIn } from '../support/build-single-file.ts';
import { launchBrowser } from './support/launch-browser.ts';
import {
  countHellos,
  deckPosition,
  notesOf,
  openSpeakerView,
  SPEAKER_VIEW,
  waitForSpeakerNotes,
  waitUntilConnected,
} from './support/speaker-view.ts';
import { TALK } from './support/talk-slides.ts';

const CHART_SLIDE = TALK.chart.id;

/** A page of the single file, opened from the file system, with what it has done wrong so far. */
interface FilePage {
  readonly page: Page;
  /** Console errors (a policy violation is one), uncaught exceptions, and requests for other than a file, data or blob. */
  readonly problems: string[];
}

let outDir: string;
let fileUrl: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  outDir = await buildSingleFile(inject('projectRoot'), 'deck-single-');
  fileUrl = pathToFileURL(singleFileIn(outDir)).href;
  browser = await launchBrowser(inject('chromiumPath'));
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run build:single', () => {
  it('writes the deck as one HTML file and nothing else', () => {
    expect(readdirSync(outDir)).toEqual(['leadership-and-coproduction.html']);
  });

  it('opens from the file system on the title slide, in the deck’s own fonts, without the handout link', async () => {
    const { page, problems } = await openFile('');

    await expect.poll(() => presentSlideId(page)).toBe(TALK.title.id);
    expect(await page.textContent(`section#${TALK.title.id} h1`)).toBe(talk.title);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1em "Source Sans 3"'))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('600 1em "Source Serif 4"'))).toBe(true);
    expect(await page.locator('a[href="handout.html"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('moves through the talk with the keyboard, and draws the chart on its slide', async () => {
    const { page, problems } = await openFile('');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presentSlideId(page)).toBe(TALK.all[1]?.id);

    await page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, CHART_SLIDE);
    await page.waitForSelector(`section#${CHART_SLIDE} figure.chart[data-chart-state="drawn"]`);

    expect(await countChartPixels(page, CHART_PALETTE.providers)).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('opens the speaker view, with its previews and notes, and leaves the deck on its step', async () => {
    const built =
      TALK.all.find((slide) => slide.stepCount >= 4 && slide.charts.length === 0) ?? TALK.lastStepped;
    const { page, problems } = await openFile(`#/${built.id}`);
    for (let step = 1; step <= 3; step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (shown) => document.querySelectorAll('.slides > section.present .fragment.visible').length === shown,
        step,
      );
    }
    const hellos = await countHellos(page);
    const speakerView = await openSpeakerView(page);
    await waitForSpeakerNotes(speakerView, await notesOf(page, `section#${built.id}`));
    // The previews are the single file again, loaded by its file: URL into iframes.
    const preview = speakerView.frameLocator(`${SPEAKER_VIEW.nowPreview} iframe`);
    expect(await preview.locator('.slides section.present').first().getAttribute('id')).toBe(built.id);
    expect(await preview.locator('.slides section.present .fragment.visible').count()).toBe(3);
    await hellos(3);
    expect(await deckPosition(page)).toBe(`${built.id}:3`);
    await speakerView.reload();
    await waitUntilConnected(speakerView);
    await hellos(6);
    await speakerView.close();
    expect(await deckPosition(page)).toBe(`${built.id}:3`);
    expect(problems).toEqual([]);
  });
});

/** Opens the single file at `hash` in a fresh browser context, recording problems in every page of it. */
async function openFile(hash: string): Promise<FilePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.on('page', watch);
  context.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) problems.push(`request: ${request.url()}`);
  });
  const page = await context.newPage();
  await page.goto(`${fileUrl}${hash}`);
  await page.waitForSelector('.reveal.ready');
  return { page, problems };
}

function presentSlideId(page: Page): Promise<string> {
  return page.$eval('.slides > section.present', (section) => section.id);
}

/** Counts the pixels of the chart's canvas close to a colour: what a person sees drawn in it. */
function countChartPixels(page: Page, hex: string): Promise<number> {
  const colour = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return page.evaluate(
    ({ selector, colour: [r = 0, g = 0, b = 0] }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) throw new Error(`no chart canvas at ${selector}`);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [red = 0, green = 0, blue = 0, alpha = 0] = data.subarray(i, i + 4);
        if (Math.abs(red - r) + Math.abs(green - g) + Math.abs(blue - b) < 24 && alpha > 200) count++;
      }
      return count;
    },
    { selector: `section#${CHART_SLIDE} figure.chart canvas`, colour },
  );
}
