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
