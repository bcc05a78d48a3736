import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/deck/geometry.ts';
import { openPdf, pageTexts } from '../support/read-pdf.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();
const folder = mkdtempSync(join(tmpdir(), 'deck-print-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the page prints, as Ctrl+P would (Chromium lays the page out for print media and paper), read
 * back page by page as text.
 */
async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  return pageTexts(await openPdf(path)).map(words);
}

/**
 * One slide a page, in the talk's order, each page opening with its slide's title: a blank page, a
 * slide cut across two pages, or a heading left at the foot of the page before would each break it.
 */
function expectOneSlideAPage(pages: string[]): void {
  expect(pages.filter((text) => text.length === 0)).toEqual([]);
  expect(
    pages.map((text, index) => text.startsWith(words(TALK.all[index]?.title ?? '').slice(0, 24))),
  ).toEqual(TALK.all.map(() => true));
  expect(pages).toHaveLength(TALK.all.length);
}

describe('Ctrl+P', () => {
  it('prints the slides view one slide a page, every step shown, from part-way through a slide', async () => {
    const slide = TALK.firstStepped;
    const page = await openDeck(`#/${slide.id}`);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector(`section#${id} .fragment.visible`), slide.id);
    const pages = await printedPages(page, 'slides');
    expectOneSlideAPage(pages);
    const lastStep = await page.evaluate(
      (id) => [...document.querySelectorAll(`section#${id} .fragment`)].at(-1)?.textContent ?? '',
      slide.id,
    );
    expect(pages[TALK.all.indexOf(slide)]).toContain(words(lastStep));
    expect(pages.join(' ')).not.toContain('Speaker notes');
  });

  it('prints the reading view on a laptop as the slides view prints', async () => {
    const page = await openDeck('?view=scroll');
    expectOneSlideAPage(await printedPages(page, 'reading'));
  });

  it('prints the reading view on a phone, the transcript shown, as the slides view prints', async () => {
    const page = await openDeck('', { viewport: SCREENS.phone });
    await page.locator('#transcript-toggle').click();
    await page.locator('.transcript').first().waitFor();
    expectOneSlideAPage(await printedPages(page, 'phone'));
  });
});

describe('printing without a wait', () => {
  // Chromium's print first loads every picture it parsed as `loading="lazy"` and, while one is on its
  // list, waits up to two seconds for the page to finish loading again, which a loaded page never does:
  // one `npm run pdf` of the slides in two, and every Ctrl+P, waited so. The deck swaps each lazy
  // picture for an eager copy (a deep-linked slide's before the first paint, the rest as the deck
  // starts); this checks that none the browser parsed is left in the page.
  const views: [string, string][] = [
    ['index.html?print-pdf', '?print-pdf'],
    ['', 'the slides view'],
    ['?view=scroll', 'the reading view'],
    [`#/${TALK.pictured.id}`, 'the slides view opened at a slide with a picture'],
  ];
  for (const [path, view] of views) {
    it(`leaves no picture parsed as lazy in the page, in ${view}`, async () => {
      const page = await openDeck(path);
      // Read as parsing ends ("interactive"), before the page's module scripts run.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          Object.assign(window, { __parsedLazy: [...document.querySelectorAll('img[loading="lazy"]')] });
        });
      });
      await page.reload();
      await page.waitForFunction(() => document.querySelector('.reveal.ready'));
      await page.waitForFunction(() => [...document.images].every((picture) => picture.complete));
      const parsed = await page.evaluate(() => {
        const lazy = (window as unknown as { __parsedLazy: HTMLImageElement[] }).__parsedLazy;
        return { count: lazy.length, left: lazy.filter((picture) => picture.isConnected).length };
      });
      expect(parsed.count).toBeGreaterThan(0);
      expect(parsed.left).toBe(0);
    });
  }
});
