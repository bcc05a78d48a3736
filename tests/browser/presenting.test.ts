import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DECK_KEYS, type DeckAction, keysLabel } from '../../src/deck/presenter-keys.ts';
import { TEST_SITE_URL } from '../support/test-site-url.ts';
import { findAxeViolations } from './support/axe.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();

const slideIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((section) => section.id));

const presentId = (page: Page) =>
  page.evaluate(() => document.querySelector('.slides > section.present')?.id);

/** A key's `KeyboardEvent.key` as Playwright presses it. */
const pressable = (key: string) => (key === ' ' ? 'Space' : key === '?' ? 'Shift+Slash' : key);

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

  it('goes full screen with F', async () => {
    const page = await openDeck();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
  });
});

describe('the help overlay (?)', () => {
  const middle = TALK.all[Math.floor(TALK.all.length / 2)] ?? TALK.title;

  it('lists exactly the deck’s keys, clicker and Home and End included, and Esc closes it alone', async () => {
    const page = await openDeck(`#/${middle.id}`);
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await help.waitFor({ state: 'visible' });
    const rows = await help
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
    expect(rows).toEqual(DECK_KEYS.map((binding) => [keysLabel(binding), binding.does]));
    const listed = rows.map(([keys]) => keys).join(' ');
    for (const key of ['Page Down', 'Page Up', 'Home', 'End']) expect(listed).toContain(key);
    // The keys are for the deck, not for the list: nothing moves while it is open.
    await page.keyboard.press('ArrowRight');
    expect(await presentId(page)).toBe(middle.id);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('.reveal')?.classList.contains('overview'))).toBe(
      false,
    );
  });

  it('lists no key that does nothing: each one listed does what it says', async () => {
    const page = await openDeck(`#/${middle.id}`);
    const [first, last] = [TALK.all[0]?.id, TALK.last.id];
    const atMiddle = async () => {
      await page.evaluate((id) => {
        window.location.hash = `#/${id}`;
      }, middle.id);
      await expect.poll(() => presentId(page)).toBe(middle.id);
    };
    const has = (selector: string) =>
      page.evaluate((found) => document.querySelector(found) !== null, selector);
    const checks: Record<DeckAction, (key: string) => Promise<void>> = {
      async next(key) {
        await atMiddle();
        await page.keyboard.press(key);
        await expect.poll(() => presentId(page)).not.toBe(middle.id);
      },
      async previous(key) {
        await atMiddle();
        await page.keyboard.press(key);
        await expect.poll(() => presentId(page)).not.toBe(middle.id);
      },
      async first(key) {
        await page.keyboard.press(key);
        await expect.poll(() => presentId(page)).toBe(first);
      },
      async last(key) {
        await page.keyboard.press(key);
        await expect.poll(() => presentId(page)).toBe(last);
      },
      async blackout(key) {
        await page.keyboard.press(key);
        await expect.poll(() => has('.reveal.paused')).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => has('.reveal.paused')).toBe(false);
      },
      async fullscreen(key) {
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.fullscreenElement !== null);
        await page.evaluate(() => document.exitFullscreen());
      },
      async overview(key) {
        await page.keyboard.press(key);
        await expect.poll(() => has('.reveal.overview')).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => has('.reveal.overview')).toBe(false);
      },
      async choose(key) {
        await page.keyboard.press('o');
        await expect.poll(() => has('.reveal.overview')).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => has('.reveal.overview')).toBe(false);
      },
      async jump(key) {
        await page.keyboard.press(key);
        await page.locator('.jump-to-slide-input').waitFor({ state: 'visible' });
        await page.keyboard.press('Escape');
        await page.locator('.jump-to-slide-input').waitFor({ state: 'hidden' });
      },
      async contrast(key) {
        await page.keyboard.press(key);
        await expect.poll(() => has('html.high-contrast')).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => has('html.high-contrast')).toBe(false);
      },
      async 'speaker-view'(key) {
        const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press(key)]);
        await popup.close();
      },
      async help(key) {
        await page.keyboard.press(key);
        await page.getByRole('dialog', { name: 'Keys' }).waitFor({ state: 'visible' });
        await page.keyboard.press(key);
        await page.getByRole('dialog', { name: 'Keys' }).waitFor({ state: 'hidden' });
      },
    };
    for (const binding of DECK_KEYS) {
      for (const { key } of binding.keys) await checks[binding.action](pressable(key));
    }
  });

  it('leaves reveal.js’s other keys doing nothing', async () => {
    const page = await openDeck(`#/${middle.id}`);
    const state = () =>
      page.evaluate(
        () =>
          `${document.querySelector('.slides > section.present')?.id} ${document.querySelector('.reveal')?.className}`,
      );
    const before = await state();
    for (const key of [
      'h',
      'j',
      'k',
      'l',
      'v',
      'Shift+ArrowRight',
      'Alt+ArrowRight',
      'Shift+Space',
      'F1',
      'Slash',
    ]) {
      await page.keyboard.press(key);
      expect(await state(), key).toBe(before);
    }
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
