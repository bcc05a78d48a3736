import type { DeckApi } from './start-deck.ts';

const TRANSCRIPT_CLASS = 'show-transcript';

/** The URL of the same slide in the other view: the reading view (`?view=scroll`) or the slides. */
export function otherViewUrl(current: URL, inReadingView: boolean): string {
  const url = new URL(current.href);
  if (inReadingView) url.searchParams.delete('view');
  else url.searchParams.set('view', 'scroll');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Keeps the "Reading view" / "Slide view" link pointing at the current slide, and in the reading view
 * shows the toggle that puts each slide's speaker notes under it, so the talk reads as a transcript.
 */
export function setUpReadingView(deck: DeckApi): void {
  const link = document.querySelector<HTMLAnchorElement>('#view-switch');
  const reading = deck.isScrollView();
  if (link) {
    link.textContent = reading ? 'Slide view' : 'Reading view';
    const update = () => {
      link.href = otherViewUrl(new URL(window.location.href), reading);
    };
    update();
    deck.on('slidechanged', update);
    window.addEventListener('hashchange', update);
  }
  const toggle = document.querySelector<HTMLButtonElement>('#transcript-toggle');
  if (toggle) {
    toggle.hidden = !reading;
    if (reading) wireTranscriptToggle(deck, toggle);
  }
  // From here the script, not theme.css's guess for a phone, decides which tools the bar shows.
  document.querySelector('.deck-tools')?.classList.add('is-live');
  if (reading) {
    // reveal.js marks the deck role="application", which stops screen readers from reading a page of
    // text in their browse mode (reveal.js issue 3772): the reading view is a document.
    deck.getRevealElement()?.removeAttribute('role');
  }
}

/** The toggle is in index.html, so a phone's first paint already shows it where it will stay. */
function wireTranscriptToggle(deck: DeckApi, button: HTMLButtonElement): void {
  // A toggle keeps its name; aria-pressed says whether it is on.
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    // Pages grow with their notes: stay on the slide being read.
    const reading = deck.getCurrentSlide();
    showTranscript(on);
    deck.layout();
    reading?.closest('.scroll-page')?.scrollIntoView();
  });
}

/** Puts a copy of each slide's notes under its page in the reading view, or takes them away. */
function showTranscript(on: boolean): void {
  document.documentElement.classList.toggle(TRANSCRIPT_CLASS, on);
  for (const old of document.querySelectorAll('.transcript')) old.remove();
  if (!on) return;
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
