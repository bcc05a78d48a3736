import { isPrintView } from './deck-options.ts';
import { hidePresenterTools } from './hide-presenter-tools.ts';
import { toggleHighContrast } from './high-contrast.ts';
import { keepSlidesCentred } from './keep-slides-centred.ts';
import { toggleKeyHelp } from './key-help.ts';
import { loadEveryPicture } from './load-every-picture.ts';
import { offerDeckControl } from './offer-deck-control.ts';
import { listenForPageKeys } from './presenter-keyboard.ts';
import { setUpReadingNavigation, slideOfHash } from './reading-navigation.ts';
import { setUpReadingView } from './reading-view.ts';
import { connectSpeakerView } from './speaker/connect-speaker-view.ts';
import { showPreviews } from './speaker/show-preview.ts';
import { pageRole } from './speaker/speaker-address.ts';
import { type DeckApi, startDeck } from './start-deck.ts';
import { syncCharts } from './sync-charts.ts';

/** The composition root: finds the deck in the page, starts reveal.js and connects the charts. */
export async function startRuntime(): Promise<void> {
  const element = document.querySelector<HTMLElement>('.reveal');
  if (!element) throw new Error('No ".reveal" element in the page: index.html must hold the deck.');
  // reveal.js lays out its print pages once, as it starts: with the pictures in them. Elsewhere the
  // pictures load after the deck has started, and leave the start to it.
  const printing = isPrintView(window.location.search);
  if (printing) await loadEveryPicture();
  const deck = await startDeck(element);
  if (!printing) void loadEveryPicture();
  // Read now: from here the address follows the slide being read.
  const linked = slideOfHash(window.location.hash);
  const navigation = setUpReadingNavigation(deck);
  if (deck.isScrollView() && linked) navigation.land(linked);
  keepSlidesCentred(deck);
  setUpReadingView(deck, navigation);
  syncCharts(deck);
  offerDeckControl(deck, navigation);
  if (pageRole(window.location.search) === 'preview') showPreviews(deck);
  else setUpPresenting(deck);
  // reveal.js's print view leaves every slide but the first hidden from assistive technology, so a
  // printed PDF would have no bookmarks or tags for them: on paper every slide is shown.
  deck.on('pdf-ready', () => {
    for (const slide of deck.getSlides()) {
      slide.removeAttribute('aria-hidden');
      slide.removeAttribute('hidden');
    }
  });
}

/** What the presenter has: the keys (src/deck/presenter-keys.ts), the speaker view, tools that step aside. */
function setUpPresenting(deck: DeckApi): void {
  const speakerView = connectSpeakerView(deck);
  listenForPageKeys({
    contrast: toggleHighContrast,
    'speaker-view': () => speakerView.open(),
    help: toggleKeyHelp,
  });
  hidePresenterTools(deck);
}
