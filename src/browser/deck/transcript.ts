import { slideOnReadingLine } from './reading-navigation.ts';
import type { DeckApi } from './start-deck.ts';

const TRANSCRIPT_CLASS = 'show-transcript';

/** The speaker notes as a transcript under each page of the reading view. */
export interface Transcript {
  isOn(): boolean;
  /** Shows or hides the notes, staying on the slide being read. */
  show(on: boolean): void;
}

/**
 * The reading view already shows each slide whole (reading-navigation.ts): the transcript puts each
 * slide's notes under its page, and keeps the reader on the slide they were reading as the pages grow or
 * shrink.
 */
export function createTranscript(deck: DeckApi): Transcript {
  let on = false;
  return {
    isOn: () => on,
    show(next) {
      if (next === on) return;
      const reading = slideOnReadingLine() ?? deck.getCurrentSlide();
      on = next;
      document.documentElement.classList.toggle(TRANSCRIPT_CLASS, on);
      for (const old of document.querySelectorAll('.transcript')) old.remove();
      if (on) addTranscripts();
      reading?.closest('.scroll-page')?.scrollIntoView({ block: 'start' });
    },
  };
}

/** Puts a copy of each slide's notes under its page. */
function addTranscripts(): void {
  for (const page of document.querySelectorAll('.scroll-page')) {
    const notes = page.querySelector('section aside.notes');
    if (!notes) continue;
    const transcript = document.createElement('div');
    transcript.className = 'transcript';
    transcript.setAttribute('role', 'note');
    transcript.setAttribute('aria-label', 'Speaker notes');
    transcript.innerHTML = notes.innerHTML;
    page.append(transcript);
  }
}
