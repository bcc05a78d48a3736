import {
  NARROW_READING_SIZE,
  PRINT_PAGE_HEIGHT_OFFSET,
  READING_VIEW_BELOW,
  SLIDE_MARGIN,
  SLIDE_SIZE,
} from '../../deck/geometry.ts';
import { pageRole } from './speaker/speaker-address.ts';

/** The deck's reveal.js options, resolved once. */
export const DECK_OPTIONS = Object.freeze({
  ...SLIDE_SIZE,
  margin: SLIDE_MARGIN,
  showSlideNumber: 'all',
  controlsTutorial: false,
  // The help overlay (?) is the page's own (key-help.ts), listing exactly the keys that work.
  help: false,
  // reveal.js would otherwise call any of its methods a message from any window names: the speaker
  // view's messages are the page's own, checked before they are acted on (speaker/).
  postMessage: false,
  transition: 'slide',
  backgroundTransition: 'fade',
  pdfSeparateFragments: false,
  pdfPageHeightOffset: PRINT_PAGE_HEIGHT_OFFSET,
  // reveal.js switches to the reading view by itself when a window is resized, once the width less its
  // margin is at most this: 664.5 puts its switch where viewFor's and theme.css's are, at 700 px.
  scrollActivationWidth: READING_VIEW_BELOW * (1 - SLIDE_MARGIN) - 0.5,
} as const);

/** The options of the slides view: its controls, progress bar and slide number, slides centred. */
export const SLIDES_VIEW_OPTIONS = Object.freeze({
  // Each slide is a history entry, so the browser's back button steps back through the talk.
  hash: true,
  history: true,
  controls: true,
  progress: true,
  slideNumber: 'c/t',
  center: true,
  scrollProgress: 'auto',
} as const);

/**
 * The options of the reading view. reveal.js hides the slides view's controls, progress bar and slide
 * number there, but would still build and update them; it would centre each slide by reading its
 * height, which means laying out the whole talk as the deck starts (theme.css centres them in their
 * pages instead); and its own scroll bar, one more element for every slide and step, is measured as it
 * starts too: the browser's scroll bar does instead. The address follows the slide being read
 * (reading-view.ts), which reveal.js, counting its place by proportion, would get wrong: it leaves the
 * address alone here.
 */
export const READING_VIEW_OPTIONS = Object.freeze({
  hash: false,
  history: false,
  controls: false,
  progress: false,
  slideNumber: false,
  center: false,
  scrollProgress: false,
} as const);

/**
 * The options of a preview in the speaker view (`?preview`): the slides, still, small and silent. It
 * never becomes a reading view, never writes its address, takes no keys and moves only where the
 * speaker view puts it.
 */
export const PREVIEW_OPTIONS = Object.freeze({
  ...SLIDES_VIEW_OPTIONS,
  hash: false,
  history: false,
  controls: false,
  progress: false,
  slideNumber: false,
  keyboard: false,
  transition: 'none',
  backgroundTransition: 'none',
  hideInactiveCursor: false,
  scrollActivationWidth: 0,
} as const);

/** The options that depend on the screen and the address, as `viewFor` resolves them. */
export type ViewOptions = (
  | typeof SLIDES_VIEW_OPTIONS
  | typeof READING_VIEW_OPTIONS
  | typeof PREVIEW_OPTIONS
) & {
  width: number;
  height: number;
  view?: 'scroll';
  scrollActivationWidth?: number;
};

/**
 * The view for a screen: the 16:9 deck, or on a narrow screen the reading view with portrait pages.
 * Chosen at start rather than left to reveal's own switch, which loses a deep link's position. A reading
 * view asked for by address (`?view=scroll`, which reveal.js reads itself) keeps the screen's slide size.
 * The speaker view's previews (`?preview`) are small frames that must show slides, never the reading
 * view.
 */
export function viewFor(viewportWidth: number, search: string): ViewOptions {
  const slides = { width: DECK_OPTIONS.width, height: DECK_OPTIONS.height };
  const query = new URLSearchParams(search);
  if (pageRole(search) === 'preview') return { ...slides, ...PREVIEW_OPTIONS };
  if (viewportWidth < READING_VIEW_BELOW)
    return { ...NARROW_READING_SIZE, ...READING_VIEW_OPTIONS, view: 'scroll' };
  return { ...slides, ...(query.get('view') === 'scroll' ? READING_VIEW_OPTIONS : SLIDES_VIEW_OPTIONS) };
}

/** Whether the address asks for reveal.js's print view (`?print-pdf`), by reveal's own test. */
export function isPrintView(search: string): boolean {
  return /print-pdf/i.test(search);
}
