import { talk } from '../data/talk.ts';

/** The deck's reveal.js options, resolved once. */
export const DECK_OPTIONS = Object.freeze({
  // 16:9 at a size that keeps projector text large; reveal scales it to any screen.
  width: 1280,
  height: 720,
  margin: 0.05,
  hash: true,
  // Each slide is a history entry, so the browser's back button steps back through the talk.
  history: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  progress: true,
  controls: true,
  controlsTutorial: false,
  help: true,
  center: true,
  transition: 'slide',
  backgroundTransition: 'fade',
  pdfSeparateFragments: false,
  // The speaker view paces the talk against its planned length.
  totalTime: talk.plannedMinutes * 60,
  // Below this width the deck becomes the reading view: one scrolling page of slides.
  scrollActivationWidth: 700,
} as const);

/**
 * Slide size for the reading view on a narrow screen: portrait pages at a width that keeps text at a
 * readable size on a phone, instead of a 1280 px slide shrunk to a third.
 */
export const NARROW_READING_SIZE = Object.freeze({ width: 600, height: 800 });

type ViewOptions = { width: number; height: number; view?: 'scroll'; scrollActivationWidth?: number };

/**
 * The view for a screen: the 16:9 deck, or on a narrow screen the reading view with portrait pages.
 * Chosen at start rather than left to reveal's own switch, which loses a deep link's position. The
 * speaker view's previews (`?receiver`) are small frames that must show slides, never the reading view.
 */
export function viewFor(viewportWidth: number, search: string): ViewOptions {
  const slides = { width: DECK_OPTIONS.width, height: DECK_OPTIONS.height };
  if (/[?&]receiver\b/.test(search)) return { ...slides, scrollActivationWidth: 0 };
  return viewportWidth < DECK_OPTIONS.scrollActivationWidth
    ? { ...NARROW_READING_SIZE, view: 'scroll' }
    : slides;
}
