import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
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
} as const);

/**
 * The reveal.js instance the runtime relies on. reveal.js 6.0.2's types name `isPrintingPDF`, but the
 * instance has `isPrintView` and `isScrollView` instead: declare what is really there.
 */
export type DeckApi = Omit<InstanceType<typeof Reveal>, 'isPrintingPDF'> & {
  isPrintView(): boolean;
  isScrollView(): boolean;
};

/**
 * Starts reveal.js on the deck element with the speaker-notes plugin. Motion is turned off when the
 * reader asks the system for reduced motion. Resolves once reveal is ready.
 */
export async function startDeck(element: HTMLElement): Promise<DeckApi> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(element, {
    ...DECK_OPTIONS,
    ...(reducedMotion ? { transition: 'none', backgroundTransition: 'none' } : {}),
    plugins: [Notes],
  });
  await deck.initialize();
  return deck as unknown as DeckApi;
}
