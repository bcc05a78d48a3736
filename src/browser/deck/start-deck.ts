import Reveal from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import { DECK_OPTIONS, previewAddress, viewFor } from './deck-options.ts';

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
 * reduced motion. Resolves once reveal is ready; the speaker view (S) follows a moment later.
 */
export async function startDeck(element: HTMLElement): Promise<DeckApi> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const preview = previewAddress(window.location.href);
  if (preview) window.history.replaceState(window.history.state, '', preview);
  const deck = new Reveal(element, {
    ...DECK_OPTIONS,
    ...viewFor(window.innerWidth, window.location.search),
    ...(reducedMotion ? { transition: 'none', backgroundTransition: 'none' } : {}),
  });
  declareSlideBackgrounds(element);
  keepResizeToTheDeck(element);
  holdStillWhenReady(element);
  await deck.initialize();
  const api = deck as unknown as DeckApi;
  addSpeakerView(api);
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

/**
 * The speaker view (S). Presenters need it, readers never do: in the slides view its plugin loads once
 * the first slide is up, so that S opens it at once even on a slow network; in the reading view it loads
 * only when S is pressed, which keeps a phone's start free of it. Pressed before the plugin has arrived,
 * S opens the view once it has.
 */
function addSpeakerView(deck: DeckApi): void {
  let notes: Promise<NotesPlugin> | undefined;
  const loadNotes = () => {
    notes ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      deck.registerPlugin(plugin);
      return plugin;
    });
    return notes;
  };
  if (!deck.isScrollView()) void loadNotes();
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view' }, () => {
    loadNotes()
      .then((plugin) => plugin.open())
      .catch((error: unknown) => {
        throw new Error(`The speaker view could not load: ${error instanceof Error ? error.message : error}`);
      });
  });
}
