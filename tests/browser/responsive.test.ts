import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/use-browser.ts';

const { openDeck, browser } = useBrowser();

/** Slides whose content is wider than the slide, or that push the page sideways. */
function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems = [...document.querySelectorAll<HTMLElement>('.slides section[id]')]
      .filter((section) => section.scrollWidth > section.clientWidth + 1)
      .map((section) => `${section.id} is ${section.scrollWidth} px wide in ${section.clientWidth}`);
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`,
      );
    }
    return problems.map((problem) => `${problem} (fonts ${document.fonts.status})`);
  });
}

describe('on every screen', () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 768, height: 1024 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`overflows nothing at ${viewport.width} × ${viewport.height}`, async () => {
      const page = await openDeck('', { viewport, reducedMotion: true });
      expect(await findOverflow(page)).toEqual([]);
    });
  }

  it('overflows nothing on a phone whose web fonts never arrive (bad signal), in the wider fallback fonts', async () => {
    const context = await browser().newContext({
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.route(/\.woff2$/, (route) => route.abort());
      await page.goto(`${inject('baseUrl')}/`);
      await page.waitForFunction(() => document.querySelector('.reveal.ready'));
      expect(await page.evaluate(() => document.fonts.check('700 20px "Source Sans 3"'))).toBe(false);
      expect(await findOverflow(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('leaves pinch-zoom to the reader', async () => {
    const page = await openDeck('', { viewport: { width: 360, height: 740 }, reducedMotion: true });
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
  });

  it('moves to the next slide with a swipe on a touch screen', async () => {
    const page = await openDeck('', { viewport: { width: 1024, height: 768 }, reducedMotion: true });
    const first = await page.evaluate(() => document.querySelector('.slides > section.present')?.id);
    // reveal.js reads touch through pointer events: a finger dragged from right to left.
    await page.evaluate(() => {
      const target = document.querySelector('.reveal') as HTMLElement;
      const fire = (type: string, x: number) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            pointerId: 7,
            pointerType: 'touch',
            clientX: x,
            clientY: 400,
            isPrimary: true,
          }),
        );
      fire('pointerdown', 800);
      fire('pointermove', 600);
      fire('pointermove', 300);
      fire('pointerup', 300);
    });
    await page.waitForFunction((id) => document.querySelector('.slides > section.present')?.id !== id, first);
  });
});
