import { isForFocusedControl, moveOfKey } from './presenter-keyboard.ts';
import type { DeckApi } from './start-deck.ts';

/** How far down the screen, as a share of its height, the line is that marks the slide being read. */
const READING_LINE = 0.4;

/** Moves through the reading view a whole slide at a time. */
export interface ReadingNavigation {
  /** Scrolls the slide's page to the top of the screen and makes it the current slide. */
  goTo(slide: HTMLElement): void;
  /**
   * Goes to a deep-linked slide, and again once the fonts are in (a page above it can change height
   * with them), unless the reader has moved by then: a link followed before they came is not undone.
   */
  land(slide: HTMLElement): void;
}

/**
 * The reading view shows each slide whole, with all its steps, one page a screen high (theme.css).
 * reveal.js's own reading view would replay every step as a screen of its own, and finds its place by
 * proportion, counting each step as a screen: with whole slides that count lands a link several slides
 * off. So here the page that crosses a line on the screen is the slide being read, told to reveal.js as
 * the current one; a `#/id` link, Back and Forward scroll to their slide's page, and the keys move a slide
 * at a time (Home and End to the first and last). reveal.js keeps all of this in the slides view.
 */
export function setUpReadingNavigation(deck: DeckApi): ReadingNavigation {
  let pending = 0;
  const reading = () => deck.isScrollView();
  const makeCurrent = (slide: HTMLElement) => {
    if (slide === deck.getCurrentSlide()) return;
    for (const other of deck.getSlides()) other.classList.toggle('present', other === slide);
    deck.setCurrentScrollPage(slide, indexOf(slide, 'h'), indexOf(slide, 'v'));
  };
  const goTo = (slide: HTMLElement) => {
    slide.closest('.scroll-page')?.scrollIntoView({ block: 'start' });
    makeCurrent(slide);
  };
  const land = (slide: HTMLElement) => {
    goTo(slide);
    const viewport = deck.getViewportElement();
    // Where scroll anchoring keeps the place as the fonts change the layout, the offset moves and the
    // reader is already there; without it (WebKit) the offset stays and the page is put back.
    const landedAt = viewport?.scrollTop;
    void document.fonts.ready.then(() => {
      if (reading() && viewport?.scrollTop === landedAt) goTo(slide);
    });
  };
  const followReader = () => {
    pending = 0;
    const slide = slideOnReadingLine();
    if (reading() && slide) makeCurrent(slide);
  };

  // In the capture phase these run before reveal's own listeners, and in the reading view stop them.
  deck.getViewportElement()?.addEventListener(
    'scroll',
    (event) => {
      if (!reading()) return;
      event.stopImmediatePropagation();
      if (pending === 0) pending = requestAnimationFrame(followReader);
    },
    { capture: true, passive: true },
  );
  // reveal.js takes a click on a `#/id` link over, to move by proportion without a history entry: here
  // the browser follows it, which adds the entry that Back undoes, and the address change moves the page.
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (reading() && link) event.stopPropagation();
    },
    { capture: true },
  );
  window.addEventListener(
    'hashchange',
    (event) => {
      if (!reading()) return;
      event.stopImmediatePropagation();
      const slide = slideOfHash(window.location.hash);
      if (slide) goTo(slide);
    },
    { capture: true },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      // The slides view's keys (src/deck/presenter-keys.ts), a slide at a time.
      const move = moveOfKey(event);
      if (!reading() || !move || isForFocusedControl(event)) return;
      const target = neighbour(deck.getSlides(), slideOnReadingLine() ?? deck.getCurrentSlide(), move);
      event.preventDefault();
      event.stopImmediatePropagation();
      if (target) goTo(target);
    },
    { capture: true },
  );
  // reveal.js's own moves (an address read, the speaker view's state, its start in this view) scroll by
  // proportion: each is taken here instead, and left alone when the reader is on that slide already.
  deck.on('beforeslidechange', (event) => {
    if (!reading()) return;
    event.preventDefault();
    const { indexh, indexv } = event as Event & { indexh?: number; indexv?: number };
    const slide = document.querySelector<HTMLElement>(
      `.slides section[data-index-h="${indexh ?? 0}"][data-index-v="${indexv ?? 0}"]`,
    );
    if (slide && slide !== slideOnReadingLine()) goTo(slide);
  });
  // reveal.js finds its place again by proportion whenever it lays the pages out: the page on the line
  // wins.
  deck.on('slidechanged', () => {
    if (reading() && pending === 0) pending = requestAnimationFrame(followReader);
  });
  return { goTo, land };
}

/** The slide whose page crosses the reading line. */
export function slideOnReadingLine(): HTMLElement | undefined {
  const line = window.innerHeight * READING_LINE;
  const page = Array.from(document.querySelectorAll('.scroll-page')).find((candidate) => {
    const { top, bottom } = candidate.getBoundingClientRect();
    return top <= line && bottom > line;
  });
  return page?.querySelector<HTMLElement>('section[data-index-h]') ?? undefined;
}

/** The slide a `#/id` (or `#/3`) address names, if the deck has it. */
export function slideOfHash(hash: string): HTMLElement | undefined {
  const name = decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  if (name === '') return document.querySelector<HTMLElement>('.slides section[data-index-h]') ?? undefined;
  if (/^\d+$/.test(name))
    return document.querySelector<HTMLElement>(`.slides section[data-index-h="${name}"]`) ?? undefined;
  const slide = document.getElementById(name);
  return slide?.matches('.slides section') ? slide : undefined;
}

function neighbour(
  slides: readonly HTMLElement[],
  current: HTMLElement | undefined,
  move: NonNullable<ReturnType<typeof moveOfKey>>,
): HTMLElement | undefined {
  if (move === 'first') return slides[0];
  if (move === 'last') return slides.at(-1);
  const index = current ? slides.indexOf(current) : 0;
  return slides[Math.min(Math.max(index + (move === 'next' ? 1 : -1), 0), slides.length - 1)];
}

function indexOf(slide: HTMLElement, axis: 'h' | 'v'): number {
  return Number.parseInt(slide.getAttribute(`data-index-${axis}`) ?? '0', 10);
}
