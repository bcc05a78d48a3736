import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/launch-browser.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };

/** Where the title slide's heading stands, with script (once reveal.js is ready) or without any. */
async function titleBox(
  viewport: { width: number; height: number },
  javaScriptEnabled: boolean,
): Promise<Box> {
  const context = await browser.newContext({ viewport, javaScriptEnabled, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    await page.evaluate(() => document.fonts.ready);
    const box = await page.locator('section#title h1').boundingBox();
    if (!box) throw new Error('the title slide’s heading is not on screen');
    return box;
  } finally {
    await context.close();
  }
}

describe('the first paint, from HTML and CSS alone', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 360, height: 740 },
  ]) {
    it(`shows the title slide where reveal.js will keep it, at ${viewport.width} × ${viewport.height}`, async () => {
      const before = await titleBox(viewport, false);
      const after = await titleBox(viewport, true);
      expect(before.y + before.height).toBeLessThanOrEqual(viewport.height);
      // Within a line's breadth and a few per cent of size: no visible jump when the script takes over.
      expect(Math.abs(before.y - after.y)).toBeLessThan(viewport.height * 0.05);
      expect(Math.abs(before.height - after.height) / after.height).toBeLessThan(0.08);
      expect(Math.abs(before.width - after.width) / after.width).toBeLessThan(0.08);
    });
  }
});
