import { HANDOUT_PAGE, handoutAnchor } from '../../deck/dom-contract.ts';
import { viewFor } from './deck-options.ts';
import { type ReadingNavigation, slideOnReadingLine } from './reading-navigation.ts';
import type { DeckApi } from './start-deck.ts';
import { createTranscript, type Transcript } from './transcript.ts';

/** The URL of the same slide in the other view: the reading view (`?view=scroll`) or the slides. */
export function otherViewUrl(current: URL, inReadingView: boolean): string {
  const url = new URL(current.href);
  if (inReadingView) url.searchParams.delete('view');
  else url.searchParams.set('view', 'scroll');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Keeps the address and the "Reading view" / "Slide view" link on the current slide, and in the reading
 * view shows the toggle that puts each slide's speaker notes under it, so the talk reads as a transcript.
 * A window narrowed across the phone width gets the reading view from reveal.js itself: it then gets the
 * portrait pages and the toggle a phone gets, and loses them again when widened.
 */
export function setUpReadingView(deck: DeckApi, navigation: ReadingNavigation): void {
  const link = document.querySelector<HTMLAnchorElement>('#view-switch');
  const handout = document.querySelector<HTMLAnchorElement>(`.deck-tools a[href="${HANDOUT_PAGE}"]`);
  const toggle = document.querySelector<HTMLButtonElement>('#transcript-toggle');
  const transcript = createTranscript(deck);
  let reading = deck.isScrollView();
  // Both ways out keep the place: the other view at the same slide, the handout at its page.
  const updateLink = () => {
    // From the deck's place, not the address: reveal.js writes that after telling of a step.
    const here = new URL(window.location.href);
    here.hash = deck.getSlidePath();
    if (link) link.href = otherViewUrl(here, reading);
    const slide = deck.getCurrentSlide();
    if (handout && slide?.id) handout.setAttribute('href', `${HANDOUT_PAGE}#${handoutAnchor(slide.id)}`);
  };
  const showView = () => {
    if (link) link.textContent = reading ? 'Slide view' : 'Reading view';
    updateLink();
    if (toggle) {
      if (!reading) setTranscript(transcript, toggle, false);
      toggle.hidden = !reading;
    }
    // reveal.js marks the deck role="application", which stops screen readers from reading a page of
    // text in their browse mode (reveal.js issue 3772): the reading view is a document.
    const element = deck.getRevealElement();
    if (reading) element?.removeAttribute('role');
    else element?.setAttribute('role', 'application');
  };
  showView();
  deck.on('slidechanged', () => {
    // In the reading view reveal.js leaves the address where the page opened: here it follows the
    // slide being read, so a reload or a shared link lands there. Replaced, not pushed: scrolling
    // through the talk does not fill the back button's history.
    if (reading) window.history.replaceState(window.history.state, '', `#${deck.getSlidePath()}`);
    updateLink();
  });
  deck.on('fragmentshown', updateLink);
  deck.on('fragmenthidden', updateLink);
  if (toggle) wireTranscriptToggle(transcript, toggle);
  // From here the script, not theme.css's guess for a phone, decides which tools the bar shows.
  document.querySelector('.deck-tools')?.classList.add('is-live');

  // The slide size and the view's options follow the screen's width, as at start: portrait pages on a
  // narrow one. (reveal.js itself switches the view.)
  const resizeSlides = () => {
    const { view: _, ...options } = viewFor(window.innerWidth, window.location.search);
    const config = deck.getConfig();
    const unchanged = Object.entries(options).every(
      ([key, value]) => config[key as keyof typeof config] === value,
    );
    if (unchanged) return;
    deck.configure(options);
  };
  let transcriptBeforeResize = false;
  let slideBeforeResize: HTMLElement | undefined;
  // reveal.js lays the pages out, and switches views, in its own resize listener: this one, in the
  // capture phase, runs first: it notes the slide being read, and takes the notes away until reveal has
  // laid the pages out (they come back in the frame after). And the slides are sized for
  // a narrow screen before reveal switches to the reading view, so that it switches to portrait pages.
  window.addEventListener(
    'resize',
    () => {
      slideBeforeResize ??= (reading ? slideOnReadingLine() : undefined) ?? deck.getCurrentSlide();
      if (transcript.isOn()) {
        transcriptBeforeResize = true;
        transcript.show(false);
      }
      const narrow = viewFor(window.innerWidth, window.location.search).view === 'scroll';
      if (narrow && !deck.isScrollView()) resizeSlides();
    },
    { capture: true },
  );
  // Once reveal.js has: the slides are sized for the screen (back to 16:9 for the slides, or either way
  // in a reading view asked for by address), and the notes come back to a reader who had them.
  window.addEventListener('resize', () =>
    requestAnimationFrame(() => {
      if (deck.isScrollView() !== reading) {
        reading = deck.isScrollView();
        showView();
      }
      resizeSlides();
      // reveal.js, laying the pages out, finds its place by proportion: the reader is put back on theirs.
      if (reading && slideBeforeResize) navigation.goTo(slideBeforeResize);
      if (transcriptBeforeResize && reading) transcript.show(true);
      transcriptBeforeResize = false;
      slideBeforeResize = undefined;
    }),
  );
}

/** The toggle is in index.html, so a phone's first paint already shows it where it will stay. */
function wireTranscriptToggle(transcript: Transcript, button: HTMLButtonElement): void {
  button.addEventListener('click', () => setTranscript(transcript, button, !transcript.isOn()));
}

/** Turns the transcript on or off. A toggle keeps its name; aria-pressed says whether it is on. */
function setTranscript(transcript: Transcript, button: HTMLButtonElement, on: boolean): void {
  button.setAttribute('aria-pressed', String(on));
  transcript.show(on);
}
