import Reveal from 'reveal.js';
import { DECK_OPTIONS, viewFor } from './deck-options.ts';
import { TOOLS_IDLE_MS } from './hide-presenter-tools.ts';
import { revealMayHandle } from './presenter-keyboard.ts';

/**
 * The reveal.js instance the runtime relies on. reveal.js 6.0.2's types name `isPrintingPDF`, but the
 * instance has `isPrintView` and `isScrollView` instead, and `setCurrentScrollPage`, which makes a slide
 * the current one in the reading view without scrolling to it: declare what is really there.
 */
export type DeckApi = Omit<InstanceType<typeof Reveal>, 'isPrintingPDF'> & {
  isPrintView(): boolean;
  isScrollView(): boolean;
  setCurrentScrollPage(slide: HTMLElement, indexh: number, indexv: number): void;
};

/**
 * Starts reveal.js on the deck element. Motion is turned off when the reader asks the system for
 * reduced motion. reveal.js acts only on the keys src/deck/presenter-keys.ts gives it, and hides the
 * pointer when the presenter's tools go (hide-presenter-tools.ts). Resolves once reveal is ready.
 */
export async function startDeck(element: HTMLElement): Promise<DeckApi> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(element, {
    ...DECK_OPTIONS,
    keyboardCondition: revealMayHandle,
    hideCursorTime: TOOLS_IDLE_MS,
    ...viewFor(window.innerWidth, window.location.search),
    ...(reducedMotion ? { transition: 'none', backgroundTransition: 'none' } : {}),
  });
  declareSlideBackgrounds(element);
  keepResizeToTheDeck(element);
  holdStillWhenReady(element);
  const api = deck as unknown as DeckApi;
  ignoreOwnAddress(api);
  await deck.initialize();
  return api;
}

/**
 * reveal.js classes each slide's background as light or dark, and for a slide without a background
 * colour of its own it reads the computed style to find out: one style recalculation per slide, in the
 * task that starts the deck. The slides here have none but the front matter's `background`, so each
 * other slide says so, with a colour reveal.js can read as transparent.
 */
function declareSlideBackgrounds(element: HTMLElement): void {
  for (const slide of element.querySelectorAll('.slides section:not([data-background-color])'))
    slide.setAttribute('data-background-color', 'rgba(0, 0, 0, 0)');
}

/**
 * reveal.js announces a change of the slides' scale with a `resize` event on the deck, which bubbles up
 * to the window. There reveal.js takes it for the window being resized and lays the whole deck out a
 * second time, and so would the reading view's own window listeners: the event stays with the deck.
 */
function keepResizeToTheDeck(element: HTMLElement): void {
  element.addEventListener('resize', (event) => event.stopPropagation());
}

/**
 * In the slides view reveal.js writes each step's address into `location.hash`, then takes the
 * `hashchange` that fires for a move and shows the step it has just shown a second time. An address
 * that names the deck's own place asks for no move, so reveal.js does not see it. Listening before
 * reveal.js starts puts this ahead of its own listener.
 */
function ignoreOwnAddress(deck: DeckApi): void {
  window.addEventListener('hashchange', (event) => {
    if (!deck.isScrollView() && window.location.hash === `#${deck.getSlidePath()}`)
      event.stopImmediatePropagation();
  });
}

/**
 * reveal.js marks itself ready, which ends the first-paint layout of theme.css, in the same moment it
 * turns slide transitions on: the title slide would glide 0.8 s from where it already stands to the same
 * place by another route. Its first style and layout as ready are taken with transitions off.
 */
function holdStillWhenReady(element: HTMLElement): void {
  element.addEventListener(
    'ready',
    () => {
      const slides = element.querySelector('.slides');
      if (!slides) return;
      slides.classList.add('no-transition');
      // Reading a size lays the page out now, with the class on; taken off after, it starts nothing.
      void (slides as HTMLElement).offsetWidth;
      slides.classList.remove('no-transition');
    },
    { once: true },
  );
}
