import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { handoutAnchor, REFERENCES_SLIDE_ID } from '../../src/deck/dom-contract.ts';
import { SCREENS } from '../../src/deck/geometry.ts';
import { scrollSettled, settledBox } from './support/settle.ts';
import { countHellos, notesOf, openSpeakerView, waitForSpeakerNotes } from './support/speaker-view.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const PHONE = { width: 360, height: 740 };
const CHART_SLIDE = TALK.chart.id;

const { openDeck } = useBrowser();

const inReadingView = (page: Page) => page.evaluate(() => document.querySelector('.reveal-scroll') !== null);

/** Whether all of an element is on a screen this high, from top to bottom. */
const wholeOnScreen = async (element: Locator, screenHeight: number) => {
  const box = await element.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= screenHeight;
};

/** The size text is drawn at on screen, in CSS pixels: its font size times reveal.js's scale. */
const readableSize = (text: Locator) =>
  text.evaluate((element) => {
    const scale = element.getBoundingClientRect().width / (element as HTMLElement).offsetWidth;
    return Number.parseFloat(getComputedStyle(element).fontSize) * scale;
  });

const chartDrawn = (page: Page) =>
  page.waitForFunction((id) => {
    const figure = document.querySelector<HTMLElement>(`section#${id} figure.chart`);
    return figure?.dataset.chartState === 'drawn' && figure.querySelectorAll('canvas').length === 1;
  }, CHART_SLIDE);

describe('the reading view', () => {
  it('is what a phone gets, opened at the deep-linked slide with text at a readable size', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`, { viewport: PHONE });
    expect(await inReadingView(page)).toBe(true);
    const quote = page.locator(`section#${TALK.quote.id} blockquote`);
    await quote.waitFor({ state: 'visible' });
    const box = await quote.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + 10).toBeLessThan(PHONE.height);
    expect(await readableSize(quote)).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('lands on a deep-linked slide that builds in steps, not a page short of it', async () => {
    const page = await openDeck(`#/${TALK.lastStepped.id}`, { viewport: PHONE });
    const heading = page.locator(`section#${TALK.lastStepped.id} h2`);
    await expect.poll(() => wholeOnScreen(heading, PHONE.height)).toBe(true);
  });

  it('opens on request by URL, and the visible switch leads back to the same slide', async () => {
    const page = await openDeck(`?view=scroll#/${TALK.quote.id}`);
    expect(await inReadingView(page)).toBe(true);
    const link = page.locator('#view-switch');
    expect(await link.innerText()).toBe('Slide view');
    await link.click();
    await page.waitForURL((url) => !url.search.includes('view=scroll'));
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    expect(await inReadingView(page)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe(
      TALK.quote.id,
    );
  });

  it('shows each slide’s speaker notes as a transcript on request', async () => {
    const page = await openDeck(`?view=scroll#/${TALK.quote.id}`);
    const toggle = page.getByRole('button', { name: 'Speaker notes' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const transcripts = page.locator('.transcript');
    expect(await transcripts.count()).toBe(await page.locator('.slides section aside.notes').count());
    expect(await page.locator(`.scroll-page:has(#${TALK.quote.id}) .transcript`).innerText()).toContain(
      'Think Local Act Personal',
    );
    await toggle.click();
    expect(await transcripts.count()).toBe(0);
  });

  it('reads with the notes as a document: every step shown, no empty screens, the place kept', async () => {
    const page = await openDeck(`#/${TALK.firstStepped.id}`, { viewport: PHONE });
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    const fragments = page.locator(`section#${TALK.firstStepped.id} .fragment`);
    expect(await fragments.count()).toBeGreaterThan(1);
    await expect
      .poll(() => fragments.evaluateAll((all) => all.every((f) => getComputedStyle(f).opacity === '1')))
      .toBe(true);
    // A page is its slide, one screen high, and its notes: the screens reveal.js keeps for a slide's
    // steps would scroll by empty.
    const overgrown = await page.evaluate((screen) => {
      return Array.from(document.querySelectorAll('.scroll-page'))
        .filter((scrollPage) => {
          const notes = scrollPage.querySelector<HTMLElement>('.transcript')?.offsetHeight ?? 0;
          return (scrollPage as HTMLElement).offsetHeight > screen + notes + 1;
        })
        .map((scrollPage) => scrollPage.querySelector('section')?.id);
    }, PHONE.height);
    expect(overgrown).toEqual([]);

    await page
      .locator(`.scroll-page:has(#${TALK.afterQuote.id})`)
      .evaluate((scrollPage) => scrollPage.scrollIntoView());
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/${TALK.afterQuote.id}`);
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    const heading = page.locator(`section#${TALK.afterQuote.id} h2`);
    await expect.poll(() => wholeOnScreen(heading, PHONE.height)).toBe(true);
  });

  it('hides the transcript whole under the tools as it scrolls by, with the buttons where they were', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`, { viewport: PHONE });
    const toggle = page.getByRole('button', { name: 'Speaker notes' });
    const before = await toggle.boundingBox();
    await toggle.click();
    const transcript = page.locator(`.scroll-page:has(#${TALK.quote.id}) .transcript`);
    await transcript.waitFor();
    expect(await toggle.boundingBox()).toEqual(before);
    // The notes' first line passes under the tools, 20 px from the top of the screen.
    await transcript.evaluate((notes) => {
      document.body.scrollTop += notes.getBoundingClientRect().top - 20;
    });
    await scrollSettled(page);
    const coveredByTools = await page.evaluate(
      (width) =>
        [4, width / 2, width - 4].map(
          (x) => document.elementFromPoint(x, 24)?.closest('.deck-tools') !== null,
        ),
      PHONE.width,
    );
    expect(coveredByTools).toEqual([true, true, true]);
  });

  it('gives a window narrowed to phone width a phone’s reading view, and the slides back when widened', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`);
    const toggle = page.getByRole('button', { name: 'Speaker notes' });
    expect(await toggle.isVisible()).toBe(false);
    // Half of a 1366 px laptop screen.
    await page.setViewportSize({ width: 683, height: 740 });
    await page.waitForFunction(() => document.querySelector('.reveal-scroll'));
    await toggle.waitFor({ state: 'visible' });
    const quote = page.locator(`section#${TALK.quote.id} blockquote`);
    await quote.scrollIntoViewIfNeeded();
    expect(await readableSize(quote)).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
    expect(await page.locator('.reveal').getAttribute('role')).toBeNull();
    await toggle.click();
    await page.locator(`.scroll-page:has(#${TALK.quote.id}) .transcript`).waitFor();

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(() => !document.querySelector('.reveal-scroll'));
    await toggle.waitFor({ state: 'hidden' });
    // Hidden, the toggle is out of the accessibility tree: found by its id.
    expect(await page.locator('#transcript-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.transcript').count()).toBe(0);
    expect(await page.locator('.reveal').getAttribute('role')).toBe('application');
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.slides')?.style.width)).toBe(
      '1280px',
    );
    expect(await page.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe(
      TALK.quote.id,
    );
  });

  it('gives a reading view asked for by address, notes and all, the pages of the width its window is resized to', async () => {
    const page = await openDeck(`?view=scroll#/${TALK.quote.id}`);
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    const slideWidth = () => page.evaluate(() => document.querySelector<HTMLElement>('.slides')?.style.width);
    const quote = page.locator(`section#${TALK.quote.id} blockquote`);
    for (const [viewport, width] of [
      [{ width: 683, height: 740 }, '600px'],
      [{ width: 1280, height: 720 }, '1280px'],
    ] as const) {
      await page.setViewportSize(viewport);
      await expect.poll(slideWidth).toBe(width);
      expect(await inReadingView(page)).toBe(true);
      await expect.poll(() => wholeOnScreen(quote, viewport.height)).toBe(true);
      expect(await readableSize(quote)).toBeGreaterThanOrEqual(16);
      await page.locator(`.scroll-page:has(#${TALK.quote.id}) .transcript`).waitFor();
      await scrollSettled(page);
      expect(new URL(page.url()).hash).toBe(`#/${TALK.quote.id}`);
    }
  });

  it('keeps the chart alive when the window crosses into the reading view and back, twice', async () => {
    const page = await openDeck(`#/${CHART_SLIDE}`);
    await chartDrawn(page);
    for (let round = 0; round < 2; round++) {
      await page.setViewportSize({ width: 600, height: 800 });
      await page.waitForFunction(() => document.querySelector('.reveal-scroll'));
      await chartDrawn(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.waitForFunction(() => !document.querySelector('.reveal-scroll'));
      await chartDrawn(page);
    }
  });
});

describe('the reading view’s pages', () => {
  for (const [screen, path, viewport] of [
    ['a phone', '', PHONE],
    ['a laptop that asks for it', '?view=scroll', { width: 1280, height: 720 }],
  ] as const) {
    it(`show every slide whole on ${screen}`, async () => {
      const page = await openDeck(path, { viewport, reducedMotion: true });
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('.scroll-page section')].map((s) => s.id),
      );
      const cut: string[] = [];
      for (const id of ids) {
        await page
          .locator(`.scroll-page:has(section#${id})`)
          .evaluate((scrollPage) => scrollPage.scrollIntoView());
        const box = await settledBox(page.locator(`section#${id}`));
        if (
          !box ||
          box.y < 0 ||
          box.y + box.height > viewport.height + 1 ||
          box.x < 0 ||
          box.x + box.width > viewport.width + 1
        ) {
          cut.push(
            `${id}: x ${Math.round(box?.x ?? 0)}, y ${Math.round(box?.y ?? 0)}, ${Math.round(box?.width ?? 0)} × ${Math.round(box?.height ?? 0)}`,
          );
        }
      }
      expect(cut).toEqual([]);
    });
  }
});

describe('the reading view’s chart', () => {
  it('loads Chart.js only as the chart scrolls near, then draws it', async () => {
    const page = await openDeck('?view=scroll');
    const scripts = () =>
      page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect((await scripts()).some((url) => url.includes('mount-charts'))).toBe(false);
    await page.locator(`section#${CHART_SLIDE}`).scrollIntoViewIfNeeded();
    await chartDrawn(page);
    expect((await scripts()).some((url) => url.includes('mount-charts'))).toBe(true);
  });

  it('draws the chart while it is still a screen below, so it is drawn by the time it scrolls in', async () => {
    const page = await openDeck('?view=scroll');
    // The reading view scrolls reveal.js's viewport: bring the chart to half a screen below its foot.
    await page.locator(`section#${CHART_SLIDE}`).evaluate((slide) => {
      const viewport = document.querySelector('.reveal-viewport');
      if (!viewport) throw new Error('no reveal.js viewport');
      viewport.scrollTop += slide.getBoundingClientRect().top - 1.5 * window.innerHeight;
    });
    await scrollSettled(page);
    await chartDrawn(page);
    const top = await page
      .locator(`section#${CHART_SLIDE}`)
      .evaluate((slide) => slide.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(await page.evaluate(() => window.innerHeight));
  });
});

describe('the reading view’s start on a phone', () => {
  it('lays out only the pages near the screen, and each other page as it scrolls near', async () => {
    const page = await openDeck('', { viewport: PHONE });
    // Skipped content (content-visibility: auto, far from the screen) is what checkVisibility calls hidden.
    const laidOut = (id: string) =>
      page
        .locator(`section#${id}`)
        .evaluate((slide) => slide.checkVisibility({ contentVisibilityAuto: true }));
    expect(await laidOut(TALK.title.id)).toBe(true);
    expect(await laidOut(CHART_SLIDE)).toBe(false);
    expect(await laidOut(TALK.last.id)).toBe(false);
    await page
      .locator(`.scroll-page:has(#${TALK.last.id})`)
      .evaluate((scrollPage) => scrollPage.scrollIntoView());
    await expect.poll(() => laidOut(TALK.last.id)).toBe(true);
    await expect.poll(() => page.locator(`section#${TALK.last.id} h2`).isVisible()).toBe(true);
  });

  it('fetches none of the speaker view’s code, which S still opens from a laptop’s reading view, in step with it', async () => {
    const speakerViewFetched = (page: Page) =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/speaker-view-[\w-]+\.js$/.test(entry.name)),
      );
    const phone = await openDeck('', { viewport: PHONE });
    await phone.waitForLoadState('networkidle');
    expect(await speakerViewFetched(phone)).toBe(false);

    const laptop = await openDeck(`?view=scroll#/${TALK.quote.id}`);
    await laptop.waitForLoadState('networkidle');
    const hellos = await countHellos(laptop);
    const popup = await openSpeakerView(laptop);
    // It follows the slide being read, and leaves the reader on it; its code is its own window's.
    await waitForSpeakerNotes(popup, await notesOf(laptop, `section#${TALK.quote.id}`));
    expect(await speakerViewFetched(laptop)).toBe(false);
    expect(await speakerViewFetched(popup)).toBe(true);
    // Once the speaker view has said hello three times, nothing it sends has moved the reader.
    await hellos(3);
    await scrollSettled(laptop);
    expect(new URL(laptop.url()).hash).toBe(`#/${TALK.quote.id}`);
    await popup.close();
  });
});

describe('deep links', () => {
  it('survive a reload and follow the back button', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.hash === `#/${TALK.afterQuote.id}`);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    expect(await page.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe(
      TALK.afterQuote.id,
    );
    await page.goBack();
    await page.waitForFunction(
      (id) => document.querySelector('.slides > section.present')?.id === id,
      TALK.quote.id,
    );
  });

  it('follow the slide being read in the reading view, without filling the history, and survive a reload', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`, { viewport: PHONE });
    const entries = await page.evaluate(() => window.history.length);
    await page
      .locator(`.scroll-page:has(#${TALK.afterQuote.id})`)
      .evaluate((scrollPage) => scrollPage.scrollIntoView());
    await page.waitForURL((url) => new RegExp(`^#/${TALK.afterQuote.id}(/\\d+)?$`).test(url.hash));
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    const heading = page.locator(`section#${TALK.afterQuote.id} h2`);
    await expect.poll(() => wholeOnScreen(heading, PHONE.height)).toBe(true);
  });
});

describe('the reading view’s links and keys', () => {
  /** The id of the slide whose page is at the top of the screen, and whether all of it is on screen. */
  const pageOnTop = (page: Page) =>
    page.evaluate(() => {
      const onTop = [...document.querySelectorAll('.scroll-page')].find((scrollPage) => {
        const { top } = scrollPage.getBoundingClientRect();
        return Math.abs(top) < 2;
      });
      return onTop?.querySelector('section')?.id;
    });
  const hashOf = (page: Page) => new URL(page.url()).hash;

  for (const [screen, path, viewport] of [
    ['a phone', '', SCREENS.phone],
    ['a laptop that asks for it', '?view=scroll', SCREENS.laptop],
  ] as const) {
    it(`lands a citation on the references on ${screen}, and Back returns to the slide it was on`, async () => {
      const { cited } = TALK;
      const page = await openDeck(`${path}#/${cited.id}`, { viewport });
      await expect.poll(() => pageOnTop(page)).toBe(cited.id);
      const entries = await page.evaluate(() => window.history.length);
      await page.locator(`section#${cited.id} a.citation`).first().click();
      await expect.poll(() => pageOnTop(page)).toBe(REFERENCES_SLIDE_ID);
      expect(hashOf(page)).toBe(`#/${REFERENCES_SLIDE_ID}`);
      expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
      await scrollSettled(page);
      expect(hashOf(page)).toBe(`#/${REFERENCES_SLIDE_ID}`);
      await page.goBack();
      await expect.poll(() => pageOnTop(page)).toBe(cited.id);
      await scrollSettled(page);
      expect(hashOf(page)).toBe(`#/${cited.id}`);
    });
  }

  it('keeps a reader who follows a link before the fonts are in on the slide it named', async () => {
    // The deck lands on a deep link again once its fonts are in: held back here until the reader has
    // left the linked slide, they must not take the reader back to it.
    const held: Route[] = [];
    let holding = true;
    const page = await openDeck(`#/${TALK.cited.id}`, {
      viewport: SCREENS.phone,
      beforeLoad: (opening) =>
        opening.route(/\.woff2$/, (font) => (holding ? held.push(font) : font.continue())),
      waitUntil: 'domcontentloaded',
    });
    await expect.poll(() => pageOnTop(page)).toBe(TALK.cited.id);
    expect(await page.evaluate(() => document.fonts.status)).toBe('loading');
    await page.locator(`section#${TALK.cited.id} a.citation`).first().click();
    await expect.poll(() => pageOnTop(page)).toBe(REFERENCES_SLIDE_ID);
    holding = false;
    await Promise.all(held.map((font) => font.continue()));
    await page.evaluate(() => document.fonts.ready.then(() => document.fonts.status));
    await scrollSettled(page);
    expect(await pageOnTop(page)).toBe(REFERENCES_SLIDE_ID);
    expect(hashOf(page)).toBe(`#/${REFERENCES_SLIDE_ID}`);
  });

  it('gives each slide one screen with all its steps shown, and moves a slide a key, Home and End too', async () => {
    const page = await openDeck('', { viewport: SCREENS.phone });
    const pages = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.scroll-page')].map(
        (scrollPage) => scrollPage.offsetHeight,
      ),
    );
    expect(pages).toEqual(TALK.all.map(() => SCREENS.phone.height));
    const steps = page.locator(`section#${TALK.firstStepped.id} .fragment`);
    expect(await steps.count()).toBe(TALK.firstStepped.stepCount);
    expect(
      await steps.evaluateAll((all) =>
        all.every(
          (step) => getComputedStyle(step).opacity === '1' && getComputedStyle(step).visibility === 'visible',
        ),
      ),
    ).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pageOnTop(page)).toBe(TALK.all[1]?.id);
    await page.keyboard.press('End');
    await expect.poll(() => pageOnTop(page)).toBe(TALK.last.id);
    await expect.poll(() => hashOf(page)).toBe(`#/${TALK.last.id}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => pageOnTop(page)).toBe(TALK.all.at(-2)?.id);
    await page.keyboard.press('Home');
    await expect.poll(() => pageOnTop(page)).toBe(TALK.title.id);
  });
});

describe('moving between the deck and the handout', () => {
  it('opens the handout at the slide shown, and its way back returns to the slide read there', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`);
    await page.getByRole('link', { name: 'Handout' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/handout.html'));
    expect(new URL(page.url()).hash).toBe(`#${handoutAnchor(TALK.quote.id)}`);
    const article = page.locator(`#${handoutAnchor(TALK.quote.id)}`);
    // At the top of the screen, just below the way back.
    await expect
      .poll(async () => {
        const top = (await article.boundingBox())?.y ?? -1;
        return top >= 0 && top < 80;
      })
      .toBe(true);
    // Read on to the next slide, then back to the slides.
    await page.locator(`#${handoutAnchor(TALK.afterQuote.id)}`).evaluate((next) => next.scrollIntoView());
    await page.getByRole('link', { name: 'Back to the slides' }).click();
    await page.waitForFunction(() => document.querySelector('.reveal.ready'));
    expect(new URL(page.url()).hash).toBe(`#/${TALK.afterQuote.id}`);
    expect(await page.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe(
      TALK.afterQuote.id,
    );
  });
});
