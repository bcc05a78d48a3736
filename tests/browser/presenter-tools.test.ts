import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOOLS_IDLE_MS } from '../../src/browser/deck/hide-presenter-tools.ts';
import { POINTER_IDLE_ATTRIBUTE } from '../../src/deck/dom-contract.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();

const TOOLS = '.deck-tools';
const RESUME = '.reveal .pause-overlay .resume-button';

/** Whether the audience can see an element: opaque, and on top where it is drawn. */
function seen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((found) => {
    const element = document.querySelector<HTMLElement>(found);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return getComputedStyle(element).opacity !== '0' && element.contains(atCentre);
  }, selector);
}

/**
 * Moves the pointer to the slide's middle, then lets it rest as long as the tools wait before leaving:
 * on a page opened with `clock`, a jump of the clock rather than seconds waited out.
 */
async function restPointer(page: Page): Promise<void> {
  await page.mouse.move(640, 360);
  await page.clock.fastForward(TOOLS_IDLE_MS);
}

const waitUntilSeen = (page: Page, selector: string, wanted: boolean) =>
  expect.poll(() => seen(page, selector), { timeout: 10_000 }).toBe(wanted);

describe('the presenter’s tools on the projected slide', () => {
  it('leave once the pointer rests, and come back when it moves', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`, { clock: true });
    await page.mouse.move(640, 360);
    // Not a moment early: a presenter who pauses to speak keeps the tools a while.
    await page.clock.fastForward(TOOLS_IDLE_MS - 500);
    expect(await page.evaluate(() => document.documentElement.classList.contains('tools-hidden'))).toBe(
      false,
    );
    await page.clock.fastForward(500);
    await page.waitForSelector('html.tools-hidden');
    await waitUntilSeen(page, TOOLS, false);
    expect(await seen(page, '.reveal .controls')).toBe(false);
    await page.mouse.move(900, 100);
    await waitUntilSeen(page, TOOLS, true);
  });

  it('leave at once in full screen, and the blackout’s Resume button with them', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`);
    await page.mouse.move(640, 360);
    await page.evaluate(() => {
      document.addEventListener('fullscreenchange', () => {
        const hidden = document.documentElement.classList.contains('tools-hidden');
        document.documentElement.dataset.hiddenOnFullScreen = String(hidden);
      });
    });
    await page.keyboard.press('f');
    await page.waitForSelector('html[data-hidden-on-full-screen]');
    expect(await page.getAttribute('html', 'data-hidden-on-full-screen')).toBe('true');
    await waitUntilSeen(page, TOOLS, false);
    await page.keyboard.press('b');
    await page.waitForSelector('.reveal.paused');
    await waitUntilSeen(page, RESUME, false);
    await page.mouse.move(600, 300);
    await waitUntilSeen(page, RESUME, true);
  });

  it('still come to a keyboard user, each shown with its focus while it has it', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`, { clock: true });
    await restPointer(page);
    await page.waitForSelector('html.tools-hidden');
    await waitUntilSeen(page, TOOLS, false);
    for (
      let press = 0;
      press < 5 && !(await page.evaluate(() => document.activeElement?.id === 'view-switch'));
      press++
    )
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view-switch');
    await waitUntilSeen(page, '#view-switch', true);
    const outline = await page.$eval('#view-switch', (link) => getComputedStyle(link).outlineStyle);
    expect(outline).not.toBe('none');
    expect(await page.evaluate(() => document.documentElement.classList.contains('tools-hidden'))).toBe(true);
  });

  it('stay in the reading view, where a reader needs them', async () => {
    const page = await openDeck(`?view=scroll#/${TALK.quote.id}`, { clock: true });
    await restPointer(page);
    // The pointer has rested as long as it takes the slides view to hide them.
    await page.waitForSelector(`html[${POINTER_IDLE_ATTRIBUTE}]`, { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('tools-hidden'))).toBe(
      false,
    );
    expect(await seen(page, TOOLS)).toBe(true);
  });
});
