import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { CHART_FACES } from '../../src/deck/chart/goals-chart-look.ts';
import { FINAL_STEP } from '../../src/deck/chart/goals-chart-state.ts';
import {
  CHART_DRAWN_EVENT,
  CHART_FIGURE_SELECTOR,
  HANDOUT_READY_ATTRIBUTE,
} from '../../src/deck/dom-contract.ts';
import { serveStatic } from '../../src/tools/serve/serve-static.ts';
import { everyChartDrawn } from './support/chart-drawn.ts';
import type { PageOptions } from './support/launch-browser.ts';
import { useBrowser } from './support/use-browser.ts';

const distDir = inject('distDir');
const projectRoot = inject('projectRoot');

const { open: openPage, closePages, browser } = useBrowser();

async function open(url: string, options: PageOptions = {}): Promise<Page> {
  return (await openPage(url, options)).page;
}

describe('the built handout page', () => {
  const html = readFileSync(join(distDir, 'handout.html'), 'utf8');

  it('is built as handout.html, loading hashed files by relative URLs and running no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\ssrc="\.\/assets\/[\w-]+-[\w-]{8}\.js"/);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\.\/assets\/handout-[\w-]{8}\.css"/);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('works from a sub-folder: the chart draws its final state, and the data table is there to read', async () => {
    const site = mkdtempSync(join(tmpdir(), 'deck-subfolder-'));
    cpSync(distDir, join(site, 'talk'), { recursive: true });
    const server = await serveStatic(site);
    try {
      const page = await open(`${server.url}/talk/handout.html`);
      await everyChartDrawn(page);
      const figure = page.locator('.handout-frame figure.chart');
      expect(await figure.getAttribute('data-chart-step')).toBe(String(FINAL_STEP));
      expect(await page.locator('.handout-data table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('.handout-data table').isVisible()).toBe(true);
      expect(
        await page.evaluate(() => [...document.images].filter((image) => !image.naturalWidth).length),
      ).toBe(0);
      const failed = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).responseStatus >= 400)
          .map((entry) => entry.name),
      );
      expect(failed).toEqual([]);
      expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('opened for paper, gets ready without drawing the live chart, and draws it once on a screen', async () => {
    const page = await open(`${inject('baseUrl')}/handout.html`, { media: 'print' });
    await page.waitForSelector(`html[${HANDOUT_READY_ATTRIBUTE}]`, { state: 'attached' });
    const figure = page.locator(CHART_FIGURE_SELECTOR);
    expect(await figure.count()).toBeGreaterThan(0);
    expect(await figure.first().getAttribute('data-chart-state')).toBeNull();
    expect(await figure.first().locator('canvas').count()).toBe(0);
    // Paper's chart: the build's drawing of it.
    expect(await figure.first().locator('.chart-picture svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await everyChartDrawn(page);
    expect(await figure.first().locator('canvas').count()).toBe(1);
  });

  it('draws its live chart in the page’s own fonts, even when they arrive after the script', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      // What the canvas would write in as each chart says it has drawn: the faces it uses, in or not.
      await page.addInitScript(
        ({ faces, event }) => {
          const seen: boolean[] = [];
          Object.assign(window, { facesAtDraw: seen });
          document.addEventListener(event, () =>
            seen.push(faces.every((face) => document.fonts.check(face))),
          );
        },
        { faces: CHART_FACES, event: CHART_DRAWN_EVENT },
      );
      // The fonts held back until the page's script has run: a slow network's order.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\.woff2$/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(`${inject('baseUrl')}/handout.html`, { waitUntil: 'commit' });
      await page.waitForSelector(`html[${HANDOUT_READY_ATTRIBUTE}]`, { state: 'attached' });
      release();
      await everyChartDrawn(page);
      expect(
        await page.evaluate(() => (window as unknown as { facesAtDraw: boolean[] }).facesAtDraw),
      ).toEqual([true]);
    } finally {
      await context.close();
    }
  });

  it('reads on a phone without scrolling sideways', async () => {
    const page = await open(`${inject('baseUrl')}/handout.html`, { viewport: { width: 360, height: 740 } });
    await everyChartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the handout in the dev server', () => {
  it('is served at /handout.html, rendered from the slides, with its chart drawn', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'deck-vite-cache-'));
    const server = await createServer({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      cacheDir,
      logLevel: 'silent',
      server: { port: 0, strictPort: true },
    });
    try {
      await server.listen();
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('The Vite dev server did not report the URL it listens on.');
      const page = await open(new URL('handout.html', url).href);
      await everyChartDrawn(page);
      expect(await page.locator('article.handout-slide').count()).toBeGreaterThan(0);
      expect(await page.locator('.handout-cover h1').innerText()).toContain('Leadership and Coproduction');
    } finally {
      // Before the server goes: the page would report the lost connection.
      await closePages();
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
