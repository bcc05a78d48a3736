import type { DeckApi } from './start-deck.ts';

const TRANSCRIPT_CLASS = 'show-transcript';

/** How far down the screen, as a share of its height, the line is that marks the slide being read. */
const READING_LINE = 0.4;

/** The speaker notes as a transcript under each page of the reading view. */
export interface Transcript {
  isOn(): boolean;
  /** Shows or hides the notes, staying on the slide being read. */
  show(on: boolean): void;
}

/**
 * reveal.js finds the slide being read from the scroll position by proportion: every page and fragment
 * step counts as one screen. With notes of every length under the pages that count is wrong (it puts a
 * reader of the transcript several slides off, in the address bar too), and fragment steps have no
 * screens of their own. So while the transcript shows, every fragment shows, the step screens go, and
 * the slide being read is the one whose page crosses a line on the screen, told to reveal.js as the
 * current one. With the notes gone, reveal's own count holds again.
 */
export function createTranscript(deck: DeckApi): Transcript {
  let on = false;
  let pending = 0;
  const viewport = deck.getViewportElement();

  const followReader = () => {
    pending = 0;
    const slide = slideOnReadingLine();
    if (!on || !slide || slide === deck.getCurrentSlide()) return;
    deck.setCurrentScrollPage(slide, indexOf(slide, 'h'), indexOf(slide, 'v'));
  };
  // Registered in the capture phase, this runs before reveal's own scroll listener and, while the
  // transcript shows, keeps that listener from running.
  viewport?.addEventListener(
    'scroll',
    (event) => {
      if (!on) return;
      event.stopImmediatePropagation();
      if (pending === 0) pending = requestAnimationFrame(followReader);
    },
    { capture: true, passive: true },
  );

  return {
    isOn: () => on,
    show(next) {
      if (next === on) return;
      const reading = slideBeingRead(deck, on);
      on = next;
      document.documentElement.classList.toggle(TRANSCRIPT_CLASS, on);
      for (const old of document.querySelectorAll('.transcript')) old.remove();
      if (on) addTranscripts();
      const page = reading?.closest('.scroll-page');
      page?.scrollIntoView();
      // A scroll reveal.js saw just before may still be counted, after this, with the notes in: the
      // slide on the reading line is checked once it has.
      if (on && pending === 0) pending = requestAnimationFrame(followReader);
      if (on || !reading) return;
      // Back to reveal's count, it measures the pages again. (With the transcript it must not: it would
      // count its way to the wrong slide.) Pages measured anew for a resized window can move under the
      // reader, and reveal counts from where they were: the reader is put back on their slide, and reveal
      // told so, unless measuring took it out of the reading view (it kept the slide as it left).
      deck.layout();
      if (!deck.isScrollView()) return;
      page?.scrollIntoView();
      deck.setCurrentScrollPage(reading, indexOf(reading, 'h'), indexOf(reading, 'v'));
    },
  };
}

/** The slide being read: by reveal's count without the transcript, by where the pages are with it. */
function slideBeingRead(deck: DeckApi, transcriptOn: boolean): HTMLElement | undefined {
  return transcriptOn ? slideOnReadingLine() : (deck.getCurrentSlide() ?? undefined);
}

/** The slide whose page crosses the reading line. */
function slideOnReadingLine(): HTMLElement | undefined {
  const line = window.innerHeight * READING_LINE;
  const page = Array.from(document.querySelectorAll('.scroll-page')).find((candidate) => {
    const { top, bottom } = candidate.getBoundingClientRect();
    return top <= line && bottom > line;
  });
  return page?.querySelector<HTMLElement>('section[data-index-h]') ?? undefined;
}

function indexOf(slide: HTMLElement, axis: 'h' | 'v'): number {
  return Number.parseInt(slide.getAttribute(`data-index-${axis}`) ?? '0', 10);
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
