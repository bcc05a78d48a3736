import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AxeViolation, findAxeViolations } from './support/axe.ts';
import type { PageOptions } from './support/launch-browser.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();

const slideIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.slides section[id]')].map((section) => section.id));

/**
 * Runs axe with each slide in view in turn; returns the violations by slide. In the reading view, where
 * every slide is laid out at once, each run checks the slide in view (axe can judge the contrast of text
 * only on screen), and one more checks the whole page: the same checks as the whole page per slide, at a
 * fraction of the work.
 */
async function auditEverySlide(page: Page): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  const reading = await page.evaluate(() => document.querySelector('.reveal-scroll') !== null);
  for (const id of await slideIds(page)) {
    if (reading) {
      await page.locator(`section#${id}`).scrollIntoViewIfNeeded();
    } else {
      await page.evaluate((target) => {
        window.location.hash = `#/${target}`;
      }, id);
      await page.waitForFunction(
        (target) => document.querySelector(`section#${target}`)?.classList.contains('present'),
        id,
      );
    }
    await page.evaluate(() => document.fonts.ready);
    const violations = await findAxeViolations(page, reading ? `section#${id}` : undefined);
    if (violations.length > 0) found[id] = violations;
  }
  if (reading) {
    const violations = await findAxeViolations(page);
    if (violations.length > 0) found['the whole page'] = violations;
  }
  return found;
}

describe('accessibility, with axe-core on every slide', () => {
  const phone = { width: 360, height: 740 };
  // The slides on a laptop, slide by slide, are every engine's (every-engine/accessibility.test.ts),
  // Chromium's included; these are the views the other engines check whole or not at all.
  const views: [string, string, PageOptions['viewport'], { transcript?: boolean }][] = [
    ['the slides on a tablet', '', { width: 768, height: 1024 }, {}],
    ['the reading view on a phone', '', phone, {}],
    ['the reading view on a phone, with the speaker notes shown', '', phone, { transcript: true }],
    ['the reading view on a laptop', '?view=scroll', { width: 1280, height: 720 }, {}],
  ];
  for (const [name, query, viewport, { transcript }] of views) {
    it(`finds no violation in ${name}`, async () => {
      const page = await openDeck(query, { ...(viewport ? { viewport } : {}), reducedMotion: true });
      if (transcript) {
        await page.getByRole('button', { name: 'Speaker notes' }).click();
        await page.locator('.transcript').first().waitFor();
      }
      expect(await auditEverySlide(page)).toEqual({});
      if (query || (viewport && viewport.width < 700)) {
        // The reading view is a document, not an application (reveal.js issue 3772).
        expect(await page.locator('.reveal').getAttribute('role')).toBeNull();
      }
    });
  }
});
