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
  let current: HTMLElement | undefined;
  let pending = 0;
  const viewport = deck.getViewportElement();

  const followReader = () => {
    pending = 0;
    const page = pageOnReadingLine();
    const slide = page?.querySelector<HTMLElement>('section[data-index-h]');
    if (!slide || slide === current) return;
    current = slide;
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
      current = reading;
      document.documentElement.classList.toggle(TRANSCRIPT_CLASS, on);
      for (const old of document.querySelectorAll('.transcript')) old.remove();
      if (on) addTranscripts();
      reading?.closest('.scroll-page')?.scrollIntoView();
      // Back to reveal's count, it measures the pages again, from the slide being read. (With the
      // transcript it must not: measuring, it would also count its way to the wrong slide.)
      if (!on) deck.layout();
    },
  };
}

/** The slide being read: by reveal's count without the transcript, by where the pages are with it. */
function slideBeingRead(deck: DeckApi, transcriptOn: boolean): HTMLElement | undefined {
  if (transcriptOn) return pageOnReadingLine()?.querySelector<HTMLElement>('section') ?? undefined;
  return deck.getCurrentSlide() ?? undefined;
}

function pageOnReadingLine(): Element | undefined {
  const line = window.innerHeight * READING_LINE;
  return Array.from(document.querySelectorAll('.scroll-page')).find((page) => {
    const { top, bottom } = page.getBoundingClientRect();
    return top <= line && bottom > line;
  });
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
