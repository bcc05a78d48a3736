import Reveal from 'reveal.js';
import { talk } from '../data/talk.ts';
import 'reveal.js/reveal.css';
// After reveal's base styles, so the theme's rules win at equal specificity.
import './theme.css';

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

/**
 * The view for a screen: the 16:9 deck, or on a narrow screen the reading view with portrait pages.
 * Chosen at start rather than left to reveal's own switch, which loses a deep link's position.
 */
export function viewFor(viewportWidth: number): { width: number; height: number; view?: 'scroll' } {
  return viewportWidth < DECK_OPTIONS.scrollActivationWidth
    ? { ...NARROW_READING_SIZE, view: 'scroll' }
    : { width: DECK_OPTIONS.width, height: DECK_OPTIONS.height };
}

/**
 * The reveal.js instance the runtime relies on. reveal.js 6.0.2's types name `isPrintingPDF`, but the
 * instance has `isPrintView` and `isScrollView` instead: declare what is really there.
 */
export type DeckApi = Omit<InstanceType<typeof Reveal>, 'isPrintingPDF'> & {
  isPrintView(): boolean;
  isScrollView(): boolean;
};

/**
 * Starts reveal.js on the deck element. Motion is turned off when the reader asks the system for
 * reduced motion. Resolves once reveal is ready; the speaker view (S) follows a moment later.
 */
export async function startDeck(element: HTMLElement): Promise<DeckApi> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(element, {
    ...DECK_OPTIONS,
    ...viewFor(window.innerWidth),
    ...(reducedMotion ? { transition: 'none', backgroundTransition: 'none' } : {}),
  });
  await deck.initialize();
  addSpeakerView(deck);
  return deck as unknown as DeckApi;
}

/** Loads the speaker-notes plugin after the first slide is up: presenters need it, readers never do. */
function addSpeakerView(deck: InstanceType<typeof Reveal>): void {
  import('reveal.js/plugin/notes')
    .then(({ default: Notes }) => deck.registerPlugin(Notes()))
    .catch((error: unknown) => {
      throw new Error(`The speaker view could not load: ${error instanceof Error ? error.message : error}`);
    });
}
