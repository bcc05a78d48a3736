import { talk } from '../../data/talk.ts';
import {
  NARROW_READING_SIZE,
  PRINT_PAGE_HEIGHT_OFFSET,
  READING_VIEW_BELOW,
  SLIDE_MARGIN,
  SLIDE_SIZE,
} from '../../deck/geometry.ts';

/** The deck's reveal.js options, resolved once. */
export const DECK_OPTIONS = Object.freeze({
  ...SLIDE_SIZE,
  margin: SLIDE_MARGIN,
  showSlideNumber: 'all',
  controlsTutorial: false,
  help: true,
  transition: 'slide',
  backgroundTransition: 'fade',
  pdfSeparateFragments: false,
  pdfPageHeightOffset: PRINT_PAGE_HEIGHT_OFFSET,
  // The speaker view paces the talk against its planned length.
  totalTime: talk.plannedMinutes * 60,
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

/** The options that depend on the screen and the address, as `viewFor` resolves them. */
export type ViewOptions = (typeof SLIDES_VIEW_OPTIONS | typeof READING_VIEW_OPTIONS) & {
  width: number;
  height: number;
  view?: 'scroll';
  scrollActivationWidth?: number;
};

/**
 * The view for a screen: the 16:9 deck, or on a narrow screen the reading view with portrait pages.
 * Chosen at start rather than left to reveal's own switch, which loses a deep link's position. A reading
 * view asked for by address (`?view=scroll`, which reveal.js reads itself) keeps the screen's slide size.
 * The speaker view's previews (`?receiver`) are small frames that must show slides, never the reading
 * view.
 */
export function viewFor(viewportWidth: number, search: string): ViewOptions {
  const slides = { width: DECK_OPTIONS.width, height: DECK_OPTIONS.height };
  const query = new URLSearchParams(search);
  if (query.has('receiver')) return { ...slides, ...SLIDES_VIEW_OPTIONS, scrollActivationWidth: 0 };
  if (viewportWidth < READING_VIEW_BELOW)
    return { ...NARROW_READING_SIZE, ...READING_VIEW_OPTIONS, view: 'scroll' };
  return { ...slides, ...(query.get('view') === 'scroll' ? READING_VIEW_OPTIONS : SLIDES_VIEW_OPTIONS) };
}

/**
 * The speaker view loads its previews (`?receiver`) at the deck's own address, so previews of a reading
 * view ask for one too (`view=scroll`), and reveal.js takes the address over any option: it would make
 * each preview a reading view whose position, reported back, moves the reader's page. Returns the
 * preview's address without the view, or undefined when the address needs no change.
 */
export function previewAddress(address: string): string | undefined {
  const url = new URL(address);
  if (!url.searchParams.has('receiver') || !url.searchParams.has('view')) return undefined;
  url.searchParams.delete('view');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether the address asks for reveal.js's print view (`?print-pdf`), by reveal's own test. */
export function isPrintView(search: string): boolean {
  return /print-pdf/i.test(search);
}
