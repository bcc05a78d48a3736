import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/use-browser.ts';

const { open } = useBrowser();

interface PlatformFont {
  readonly familyName: string;
  readonly isCustomFont: boolean;
  readonly glyphCount: number;
}

/**
 * The texts of `page` that Chromium drew, wholly or partly, in a font of the system rather than one of
 * the page's own web fonts: each as its element's text and the system fonts used.
 */
async function textsInSystemFonts(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
  const found: string[] = [];
  let drawn = 0;
  for (const nodeId of nodeIds) {
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as {
      fonts: PlatformFont[];
    };
    drawn += fonts.length;
    const system = fonts.filter((font) => !font.isCustomFont);
    if (system.length === 0) continue;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    found.push(`${outerHTML.slice(0, 120)} … in ${system.map((font) => font.familyName).join(', ')}`);
  }
  await cdp.detach();
  // A page whose text was never laid out would pass without this.
  expect(drawn).toBeGreaterThan(50);
  return found;
}

describe('the fonts, cut down to the site’s characters at build time', () => {
  it('draw every glyph of every slide and every note in the handout', async () => {
    const { page } = await open('handout.html');
    expect(await textsInSystemFonts(page)).toEqual([]);
  });

  it('draw every glyph of the deck’s print view, the chart’s picture and table included', async () => {
    const { page } = await open('?print-pdf');
    await page.waitForFunction(() => document.querySelector('.reveal .pdf-page figure.chart svg text'));
    expect(await textsInSystemFonts(page)).toEqual([]);
  });
});
