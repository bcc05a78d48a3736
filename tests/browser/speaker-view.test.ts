import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { talk } from '../../src/data/talk.ts';
import { findAxeViolations } from './support/axe.ts';
import {
  countHellos,
  deckPosition,
  notesOf,
  openSpeakerView,
  SPEAKER_VIEW,
  waitForPreview,
  waitForSpeakerNotes,
  waitUntilConnected,
} from './support/speaker-view.ts';
import { TALK } from './support/talk-slides.ts';
import { useBrowser } from './support/use-browser.ts';

const { openDeck } = useBrowser();

/** A slide that builds in several steps, with no chart: the "Why work together?". */
const BUILT = (() => {
  const slide = TALK.all.find((each) => each.stepCount >= 4 && each.charts.length === 0);
  if (!slide) throw new Error('The speaker view tests need a slide of four steps or more.');
  return slide;
})();
const BUILT_INDEX = TALK.all.indexOf(BUILT);
const AFTER_BUILT = TALK.all[BUILT_INDEX + 1];

const text = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Presses → `times` times in `page`, waiting each time until the deck has shown the next step. */
async function stepOn(deck: Page, keys: Page, times: number): Promise<void> {
  for (let press = 0; press < times; press++) {
    const before = await deckPosition(deck);
    await keys.keyboard.press('ArrowRight');
    await deck.waitForFunction((was) => {
      const slide = document.querySelector('.slides > section.present');
      return `${slide?.id}:${slide?.querySelectorAll('.fragment.visible').length}` !== was;
    }, before);
  }
}

describe('the speaker view and the projected deck', () => {
  it('leaves the deck on its step when the speaker view opens, reloads and closes', async () => {
    const deck = await openDeck(`#/${BUILT.id}`, { clock: true });
    await stepOn(deck, deck, 3);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:3`);

    const hellos = await countHellos(deck, deck.context().clock);
    const speakerView = await openSpeakerView(deck);
    await waitForPreview(speakerView, SPEAKER_VIEW.nowPreview, `${BUILT_INDEX}/3`);
    expect(await text(speakerView, SPEAKER_VIEW.position)).toBe(
      `Slide ${BUILT_INDEX + 1} of ${TALK.all.length}, step 3 of ${BUILT.stepCount}`,
    );
    // Three round trips: anything the speaker view would send the deck has arrived by now.
    await hellos(3);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:3`);

    await speakerView.reload();
    await waitUntilConnected(speakerView);
    await waitForPreview(speakerView, SPEAKER_VIEW.nowPreview, `${BUILT_INDEX}/3`);
    await hellos(6);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:3`);

    await speakerView.close();
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:3`);
    // The build goes on from where it was, not from its start.
    await stepOn(deck, deck, 1);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:4`);
  });

  it('finds its place again when the deck reloads, without moving it', async () => {
    const deck = await openDeck(`#/${BUILT.id}`, { clock: true });
    await stepOn(deck, deck, 2);
    const speakerView = await openSpeakerView(deck);
    await deck.reload();
    await deck.waitForSelector('.reveal.ready');
    const hellos = await countHellos(deck, deck.context().clock);
    await hellos(2);
    await waitForPreview(speakerView, SPEAKER_VIEW.nowPreview, `${BUILT_INDEX}/2`);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:2`);
  });

  it('moves the deck with the keys a presenter and a clicker press in it', async () => {
    const deck = await openDeck(`#/${BUILT.id}`);
    const speakerView = await openSpeakerView(deck);
    await stepOn(deck, speakerView, 1);
    expect(await deckPosition(deck)).toBe(`${BUILT.id}:1`);
    await speakerView.keyboard.press('PageUp');
    await expect.poll(() => deckPosition(deck)).toBe(`${BUILT.id}:0`);
    await speakerView.keyboard.press('b');
    await deck.waitForSelector('.reveal.paused');
    await expect.poll(() => text(speakerView, SPEAKER_VIEW.status)).toContain('blacked out');
    await speakerView.keyboard.press('b');
    await deck.waitForSelector('.reveal:not(.paused)');
    await speakerView.keyboard.press('End');
    await expect.poll(() => deckPosition(deck)).toMatch(new RegExp(`^${TALK.last.id}:`));
  });
});

describe('what the speaker view shows', () => {
  it('shows the slide with its step, then the next step, and on the last step the next slide, with zero axe violations', async () => {
    const deck = await openDeck(`#/${BUILT.id}`);
    const speakerView = await openSpeakerView(deck);
    expect(await text(speakerView, SPEAKER_VIEW.nowName)).toBe(BUILT.title);
    expect(await text(speakerView, SPEAKER_VIEW.nextName)).toBe(`step 1 of ${BUILT.stepCount}`);
    await waitForPreview(speakerView, SPEAKER_VIEW.nextPreview, `${BUILT_INDEX}/1`);
    expect(await findAxeViolations(speakerView, SPEAKER_VIEW.root)).toEqual([]);

    await stepOn(deck, speakerView, BUILT.stepCount);
    await expect
      .poll(() => text(speakerView, SPEAKER_VIEW.position))
      .toContain(`step ${BUILT.stepCount} of ${BUILT.stepCount}`);
    // On the slide's last step, what comes next is the next slide, as it first appears.
    await waitForPreview(speakerView, SPEAKER_VIEW.nextPreview, `${BUILT_INDEX + 1}/0`);
    expect(await text(speakerView, SPEAKER_VIEW.nextName)).toBe(AFTER_BUILT?.title);
    const nextFrame = speakerView.frameLocator(`${SPEAKER_VIEW.nextPreview} iframe`);
    expect(await nextFrame.locator('.slides > section.present').getAttribute('id')).toBe(AFTER_BUILT?.id);
    const nowFrame = speakerView.frameLocator(`${SPEAKER_VIEW.nowPreview} iframe`);
    expect(await nowFrame.locator('.slides > section.present').getAttribute('id')).toBe(BUILT.id);
    expect(await nowFrame.locator('.slides > section.present .fragment.visible').count()).toBe(
      BUILT.stepCount,
    );
  });

  it('shows every slide’s notes as the build rendered them, in the theme, with a size control, and the end after the last slide', async () => {
    const deck = await openDeck(`#/${TALK.title.id}`);
    const speakerView = await openSpeakerView(deck);
    for (const slide of TALK.all) {
      await deck.evaluate((id) => {
        location.hash = `#/${id}`;
      }, slide.id);
      await waitForSpeakerNotes(speakerView, await notesOf(deck, `section#${slide.id}`));
    }
    // The walk ends on the last slide: what comes after it is the end of the talk.
    await speakerView.waitForSelector(`${SPEAKER_VIEW.nextPreview}[data-end]`);
    expect(await text(speakerView, SPEAKER_VIEW.nextName)).toBe('end of the talk');
    const style = await speakerView.$eval(SPEAKER_VIEW.notes, (notes) => {
      const { fontFamily, fontSize } = getComputedStyle(notes);
      return {
        fontFamily,
        fontSize: Number.parseFloat(fontSize),
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(style.fontFamily).toContain('Source Sans 3');
    expect(style.background).toBe('rgb(251, 250, 247)');
    // Readable at a glance from a step back: larger than the slides' own text on a laptop.
    expect(style.fontSize).toBeGreaterThanOrEqual(24);
    const size = () =>
      speakerView.$eval(SPEAKER_VIEW.notes, (notes) => Number.parseFloat(getComputedStyle(notes).fontSize));
    await speakerView.getByRole('button', { name: 'Larger' }).click();
    expect(await size()).toBeGreaterThan(style.fontSize);
    await speakerView.getByRole('button', { name: 'Smaller' }).click();
    await speakerView.getByRole('button', { name: 'Smaller' }).click();
    expect(await size()).toBeLessThan(style.fontSize);
    await speakerView.keyboard.press('+');
    expect(await size()).toBe(style.fontSize);
  });

  it('keeps long notes inside their box, and nothing over the previews', async () => {
    const notesLength = (slide: (typeof TALK.all)[number]) =>
      slide.notes.map((token) => token.content).join('').length;
    const longest = [...TALK.all].sort((a, b) => notesLength(b) - notesLength(a))[0] ?? TALK.title;
    const deck = await openDeck(`#/${longest.id}`);
    const speakerView = await openSpeakerView(deck);
    await speakerView.getByRole('button', { name: 'Larger' }).click();
    const layout = await speakerView.evaluate(({ notes, nowPreview, nextPreview }) => {
      const box = (element: Element | null) => element?.getBoundingClientRect();
      const notesBox = box(document.querySelector(notes));
      const previews = [nowPreview, nextPreview].map((selector) => box(document.querySelector(selector)));
      const overlapping = [...document.querySelectorAll('.speaker button, .speaker p, .speaker h2')].filter(
        (element) =>
          previews.some((preview) => {
            const other = element.getBoundingClientRect();
            return (
              preview &&
              other.left < preview.right &&
              other.right > preview.left &&
              other.top < preview.bottom &&
              other.bottom > preview.top
            );
          }),
      );
      return {
        inside: notesBox
          ? notesBox.bottom <= window.innerHeight && notesBox.right <= window.innerWidth
          : false,
        overlapping: overlapping.map((element) => element.className || element.textContent),
        pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
      };
    }, SPEAKER_VIEW);
    expect(layout).toEqual({ inside: true, overlapping: [], pageScrolls: false });
  });
});

describe('the speaker view’s time', () => {
  it('shows a 24-hour clock, the elapsed time with pause and resume, and the pace against the plan', async () => {
    const deck = await openDeck(`#/${BUILT.id}`);
    await deck.context().clock.install({ time: new Date(2026, 11, 3, 14, 5, 0) });
    const speakerView = await openSpeakerView(deck);
    expect(await text(speakerView, SPEAKER_VIEW.clock)).toBe('14:05');
    expect(await text(speakerView, '.speaker-plan')).toContain(`Planned ${talk.plannedMinutes} min`);

    // The stopwatch starts with the talk's first move.
    expect(await text(speakerView, SPEAKER_VIEW.elapsed)).toBe('0:00');
    await stepOn(deck, speakerView, 1);
    await speakerView.waitForSelector(`${SPEAKER_VIEW.root}[data-stopwatch="running"]`);
    await speakerView.clock.fastForward('30:00');
    await expect.poll(() => text(speakerView, SPEAKER_VIEW.elapsed)).toMatch(/^30:0\d$/);
    // Thirty minutes in, on a slide the plan reaches in well under that: behind.
    expect(await speakerView.$eval(SPEAKER_VIEW.pace, (pace) => pace.getAttribute('data-status'))).toBe(
      'behind',
    );
    expect(await text(speakerView, SPEAKER_VIEW.pace)).toMatch(/^\d+ min behind$/);
    expect(await text(speakerView, SPEAKER_VIEW.clock)).toBe('14:35');

    await speakerView.getByRole('button', { name: 'Pause' }).click();
    const paused = await text(speakerView, SPEAKER_VIEW.elapsed);
    await speakerView.clock.fastForward('05:00');
    await expect.poll(() => text(speakerView, SPEAKER_VIEW.clock)).toBe('14:40');
    expect(await text(speakerView, SPEAKER_VIEW.elapsed)).toBe(paused);
    await speakerView.getByRole('button', { name: 'Resume' }).click();
    await speakerView.clock.fastForward('01:00');
    await expect.poll(() => text(speakerView, SPEAKER_VIEW.elapsed)).not.toBe(paused);
  });
});
