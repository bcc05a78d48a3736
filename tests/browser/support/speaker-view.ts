import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the speaker view shows `notes` (spaces collapsed) as the current slide's notes. */
export async function waitForSpeakerNotes(speakerView: Page, notes: string): Promise<void> {
  expect(notes).not.toBe('');
  await speakerView.waitForFunction(
    (expected) =>
      document.querySelector('.speaker-controls-notes .value')?.textContent?.replace(/\s+/g, ' ').trim() ===
      expected,
    notes,
  );
}

/** The speaker notes of the slide `slide` (a selector) finds in the deck, spaces collapsed as above. */
export function notesOf(deck: Page, slide: string): Promise<string> {
  return deck.$eval(`${slide} > aside.notes`, (notes) =>
    (notes.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
