import { SOCIAL_CARD } from '../../render/render-social-meta.ts';
import { launchChromium } from '../browsers/launch-chromium.ts';
import { serveStatic } from '../serve/serve-static.ts';

/** The deck's own controls, which have no place on a picture of the slide. */
const CHROME = ['.controls', '.progress', '.slide-number', '.deck-tools', '.skip-link'];

/**
 * Photographs the built deck's title slide at the sharing card's size (1200 × 630) and returns the PNG.
 * Waits for reveal.js and the fonts; rejects when the page never gets ready.
 */
export async function captureSocialCard(distDir: string, chromiumPath: string): Promise<Buffer> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium(chromiumPath);
  try {
    const context = await browser.newContext({
      viewport: { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/title`);
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    await page.evaluate(async (selectors) => {
      await document.fonts.ready;
      for (const element of document.querySelectorAll<HTMLElement>(selectors.join(','))) {
        element.style.display = 'none';
      }
    }, CHROME);
    return await page.screenshot({ type: 'png' });
  } finally {
    await browser.close();
    await server.close();
  }
}
