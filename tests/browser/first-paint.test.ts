import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/launch-browser.ts';
import { TALK } from './support/talk-slides.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
});

type Viewport = { width: number; height: number };

/**
 * Screens on both sides of every way reveal.js lays a slide out: scaled down, at exactly its own size
 * (Lighthouse's desktop, 1350 × 940), scaled up, just wider than the reading view's switch, and phones in
 * the reading view (Lighthouse's phone, 412 × 823).
 */
const VIEWPORTS: readonly Viewport[] = [
  { width: 1280, height: 720 },
  { width: 1350, height: 940 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 720, height: 900 },
  { width: 412, height: 823 },
  { width: 360, height: 740 },
];

/** The boxes of the title slide's heading and lines, rounded to tenths of a pixel. */
function titleBoxes(page: Page): Promise<number[][]> {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(`section#${id} h1, section#${id} p`)].map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 10) / 10);
      }),
    TALK.title.id,
  );
}

/** Where the title slide's text stands, with script (once reveal.js is ready) or without any. */
async function titleBoxesWith(viewport: Viewport, javaScriptEnabled: boolean): Promise<number[][]> {
  const context = await browser.newContext({ viewport, javaScriptEnabled, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    await page.evaluate(() => document.fonts.ready);
    return await titleBoxes(page);
  } finally {
    await context.close();
  }
}

/**
 * The layout shift (the sum of the page's `layout-shift` entries, as Lighthouse's CLS counts them) while
 * reveal.js takes the page over. The page's script is held back until the title's fonts are in, so a
 * font arriving late cannot be mistaken for the takeover, then let go; counted until reveal is ready and
 * two frames more.
 */
async function shiftWhileTakingOver(viewport: Viewport): Promise<{ shift: number; sources: string[] }> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.fonts.check('600 40px "Source Serif 4"') && document.fonts.check('40px "Source Sans 3"'),
    );
    const start = await page.evaluate(() => performance.now());
    release();
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    return await page.evaluate(
      (since) =>
        new Promise<{ shift: number; sources: string[] }>((resolve) => {
          // Layout shifts reach only an observer (buffered), never performance.getEntriesByType.
          const shifts: (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[] = [];
          const observer = new PerformanceObserver((list) => {
            shifts.push(...(list.getEntries() as typeof shifts));
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              shifts.push(...(observer.takeRecords() as typeof shifts));
              observer.disconnect();
              const entries = shifts.filter((entry) => entry.startTime >= since);
              resolve({
                shift: entries.reduce((sum, entry) => sum + entry.value, 0),
                sources: entries.flatMap((entry) =>
                  entry.sources.map(
                    (source) =>
                      `${source.node?.nodeName}${source.node instanceof Element ? `.${source.node.className}` : ''} ${entry.value.toFixed(4)}`,
                  ),
                ),
              });
            }),
          );
        }),
      start,
    );
  } finally {
    await context.close();
  }
}

describe('the first paint, from HTML and CSS alone', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width} × ${viewport.height}`;

    it(`shows the title slide exactly where reveal.js will keep it, at ${size}`, async () => {
      const before = await titleBoxesWith(viewport, false);
      const after = await titleBoxesWith(viewport, true);
      expect(before).toHaveLength(after.length);
      expect(before.length).toBeGreaterThanOrEqual(3);
      before.forEach((box, index) => {
        box.forEach((value, side) => {
          expect(
            Math.abs(value - (after[index]?.[side] ?? Number.NaN)),
            `${box} against ${after[index]}`,
          ).toBeLessThanOrEqual(1);
        });
      });
      const [heading] = before;
      expect((heading?.[1] ?? 0) + (heading?.[3] ?? 0)).toBeLessThanOrEqual(viewport.height);
    });

    it(`moves nothing on the page when reveal.js takes over, at ${size}`, async () => {
      const { shift, sources } = await shiftWhileTakingOver(viewport);
      expect(shift, sources.join(', ')).toBeLessThan(0.001);
    });
  }
});
