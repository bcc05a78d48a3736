import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../support/test-site-url.ts';
import { findAxeViolations } from './support/axe.ts';
import { notesOf, waitForSpeakerNotes } from './support/speaker-view.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();

const slideIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((section) => section.id));

const presentId = (page: Page) =>
  page.evaluate(() => document.querySelector('.slides > section.present')?.id);

describe('presenting with the keys presenters and clickers send', () => {
  it('moves with Page Down and Page Up, as a clicker sends them', async () => {
    const page = await openDeck();
    const [first, second] = await slideIds(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => presentId(page)).toBe(second);
    await page.keyboard.press('PageUp');
    await expect.poll(() => presentId(page)).toBe(first);
  });

  it('blacks out the screen with B and with ".", and comes back', async () => {
    const page = await openDeck();
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await page.waitForFunction(() => document.querySelector('.reveal.paused'));
      await page.keyboard.press(key);
      await page.waitForFunction(() => !document.querySelector('.reveal.paused'));
    }
  });

  it('opens and closes the overview with O and Escape', async () => {
    const page = await openDeck();
    await page.keyboard.press('o');
    await page.waitForFunction(() => document.querySelector('.reveal.overview'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.reveal.overview'));
  });

  it('jumps to a slide by number with G', async () => {
    const page = await openDeck();
    await page.keyboard.press('g');
    const input = page.locator('.jump-to-slide-input');
    await input.waitFor({ state: 'visible' });
    await input.fill('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => presentId(page)).toBe((await slideIds(page))[2]);
  });

  it('shows the keyboard help with ?, listing the high-contrast key', async () => {
    const page = await openDeck();
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help');
    await help.waitFor({ state: 'visible' });
    const text = await help.innerText();
    expect(text).toMatch(/B\s*,\s*\.|Pause/i);
    expect(text).toContain('Toggle high-contrast mode');
  });

  it('goes full screen with F', async () => {
    const page = await openDeck();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
  });
});

describe('the speaker view', () => {
  it('opens with S, showing the current notes, the next slide and a running timer', async () => {
    const page = await openDeck(`#/${TALK.quote.id}`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    const notes = popup.locator('.speaker-controls-notes');
    await expect.poll(() => notes.innerText(), { timeout: 15_000 }).toContain('Think Local Act Personal');
    expect(
      await popup.locator('#upcoming-slide iframe, .speaker-controls-upcoming iframe, iframe').count(),
    ).toBeGreaterThanOrEqual(2);
    const timer = popup.locator('.speaker-controls-time .timer');
    const start = await timer.innerText();
    await expect.poll(() => timer.innerText(), { timeout: 5_000 }).not.toBe(start);
    expect(await popup.locator('.speaker-controls-time .pacing').count()).toBe(1);
    await popup.close();
  });

  it('shows every slide’s notes, as the build rendered them, when the presenter steps through', async () => {
    const page = await openDeck(`#/${TALK.title.id}`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    for (const slide of TALK.all) {
      // As a presenter jumps to a slide by its address.
      await page.evaluate((id) => {
        location.hash = `#/${id}`;
      }, slide.id);
      await waitForSpeakerNotes(popup, await notesOf(page, `section#${slide.id}`));
    }
    await popup.close();
  });
});

describe('projector-proof', () => {
  it('has zero axe violations in high-contrast mode', async () => {
    const page = await openDeck(`?contrast=high#/${TALK.quote.id}`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(
      true,
    );
    expect(await findAxeViolations(page, '.slides > section.present')).toEqual([]);
  });

  it('toggles high contrast with C', async () => {
    const page = await openDeck('?contrast=normal');
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.documentElement.classList.contains('high-contrast'));
    await page.keyboard.press('c');
    await page.waitForFunction(() => !document.documentElement.classList.contains('high-contrast'));
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`cuts nothing off any slide at ${viewport.width} × ${viewport.height}`, async () => {
      // Reduced motion turns slide transitions off, so each slide is measured where it comes to rest.
      const page = await openDeck('', { viewport, reducedMotion: true });
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('.slides > section')].map((s) => s.id),
      );
      const cut: string[] = [];
      for (const id of ids) {
        await page.evaluate((target) => {
          window.location.hash = `#/${target}`;
        }, id);
        await page.waitForFunction(
          (target) => document.querySelector('.slides > section.present')?.id === target,
          id,
        );
        const problem = await page.evaluate(() => {
          const section = document.querySelector<HTMLElement>('.slides > section.present');
          if (!section) return 'no present slide';
          const box = section.getBoundingClientRect();
          const fits =
            section.offsetHeight <= 720 &&
            section.scrollWidth <= 1280 &&
            box.top >= 0 &&
            box.left >= 0 &&
            box.bottom <= window.innerHeight &&
            box.right <= window.innerWidth;
          return fits
            ? null
            : `${section.offsetWidth}×${section.offsetHeight}, x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)}`;
        });
        if (problem) cut.push(`${id}: ${problem}`);
      }
      expect(cut).toEqual([]);
    });
  }
});

describe('follow along', () => {
  it('opens and closes the talk with a QR code that a phone decodes to the configured address', async () => {
    const page = await openDeck(`#/${TALK.followAlong.id}`);
    const first = page.locator(`section#${TALK.followAlong.id} .follow-along`);
    await first.waitFor({ state: 'visible' });
    const image = PNG.sync.read(await first.locator('svg').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(TEST_SITE_URL);
    expect(await first.locator('figcaption a').getAttribute('href')).toBe(TEST_SITE_URL);
    expect(await page.locator('.slides > section:last-of-type .follow-along svg').count()).toBe(1);
  });
});
