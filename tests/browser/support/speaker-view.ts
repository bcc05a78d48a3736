import type { Clock, Page } from 'playwright-core';
import { expect } from 'vitest';
import { HEARTBEAT_MS } from '../../../src/browser/deck/speaker/speaker-messages.ts';

/** The speaker view's parts, as a presenter finds them. */
export const SPEAKER_VIEW = Object.freeze({
  root: '.speaker',
  position: '.speaker-position',
  status: '.speaker-status',
  clock: '.speaker-clock',
  nowName: '.speaker-now .speaker-name',
  nextName: '.speaker-next .speaker-name',
  nowPreview: '.speaker-now .speaker-frame',
  nextPreview: '.speaker-next .speaker-frame',
  notes: '.speaker-notes-text',
  elapsed: '.speaker-elapsed',
  pace: '.speaker-pace',
});

/**
 * Presses S in the deck, as a presenter does, and resolves with the speaker view once it is connected
 * and both previews show their place.
 */
export async function openSpeakerView(deck: Page): Promise<Page> {
  const [speakerView] = await Promise.all([deck.waitForEvent('popup'), deck.keyboard.press('s')]);
  await speakerView.setViewportSize({ width: 1280, height: 720 });
  await waitUntilConnected(speakerView);
  return speakerView;
}

/** Waits until the speaker view hears the deck and both previews show a place (the next one, or the end). */
export async function waitUntilConnected(speakerView: Page): Promise<void> {
  await speakerView.waitForFunction(
    ({ root, nowPreview, nextPreview }) =>
      document.querySelector(root)?.getAttribute('data-connection') === 'connected' &&
      document.querySelector(`${nowPreview}[data-shown]`) &&
      document.querySelector(`${nextPreview}[data-shown], ${nextPreview}[data-end]`),
    SPEAKER_VIEW,
  );
}

/** Waits until the speaker view's preview (`nowPreview` or `nextPreview`) shows `slide/step`. */
export async function waitForPreview(speakerView: Page, preview: string, place: string): Promise<void> {
  await speakerView.waitForFunction(
    ({ selector, expected }) => document.querySelector(selector)?.getAttribute('data-shown') === expected,
    { selector: preview, expected: place },
  );
}

/** Waits until the speaker view shows `notes` (spaces collapsed) as the current slide's notes. */
export async function waitForSpeakerNotes(speakerView: Page, notes: string): Promise<void> {
  expect(notes).not.toBe('');
  await speakerView.waitForFunction(
    ({ selector, expected }) =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() === expected,
    { selector: SPEAKER_VIEW.notes, expected: notes },
  );
}

/** The speaker notes of the slide `slide` (a selector) finds in the deck, spaces collapsed as above. */
export function notesOf(deck: Page, slide: string): Promise<string> {
  return deck.$eval(`${slide} > aside.notes`, (notes) =>
    (notes.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/**
 * Counts, in the deck, the speaker view's hellos from now on; `waitForHellos(n)` resolves after the n-th.
 * Each is a round trip the speaker view has had to send the deck anything it would. Given the pages'
 * `clock` (installed before they loaded), it moves the clock on by a heartbeat for each hello still to
 * come, rather than waiting a second for each.
 */
export async function countHellos(deck: Page, clock?: Clock): Promise<(count: number) => Promise<void>> {
  const key = `hellos${Math.random().toString(36).slice(2)}`;
  await deck.evaluate((name) => {
    const counts = window as unknown as Record<string, number>;
    counts[name] = 0;
    window.addEventListener('message', (event) => {
      if ((event.data as { type?: unknown } | null)?.type === 'hello') counts[name] = (counts[name] ?? 0) + 1;
    });
  }, key);
  const heard = (at: number) =>
    deck.waitForFunction(({ name, at }) => ((window as unknown as Record<string, number>)[name] ?? 0) >= at, {
      name: key,
      at,
    });
  return async (count) => {
    if (!clock) {
      await heard(count);
      return;
    }
    for (;;) {
      const sofar = await deck.evaluate(
        (name) => (window as unknown as Record<string, number>)[name] ?? 0,
        key,
      );
      if (sofar >= count) return;
      await clock.fastForward(HEARTBEAT_MS);
      await heard(sofar + 1);
    }
  };
}

/** Where the deck is: the present slide and how many of its steps are shown, as `id:steps`. */
export function deckPosition(deck: Page): Promise<string> {
  return deck.$eval(
    '.slides > section.present',
    (slide) => `${slide.id}:${slide.querySelectorAll('.fragment.visible').length}`,
  );
}
