import type { DeckApi } from '../start-deck.ts';
import { addressFor, isOwnOrigin, messageTarget, SPEAKER_WINDOW_NAME } from './speaker-address.ts';
import { type DeckCommand, type DeckState, parseSpeakerMessage, speakerMessage } from './speaker-messages.ts';

/** The deck's side of the speaker view: S opens it; it follows the deck and carries the presenter's commands. */
export interface SpeakerViewLink {
  open(): void;
}

/** The deck's events after which the speaker view is told where the deck is. */
const MOVES = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'];

/**
 * Connects the deck to its speaker view (`?speaker`, speaker-view.ts). The deck sends its state after each
 * move and whenever the speaker view says hello (once a second), so a speaker view opened, reloaded, or
 * left open while the deck reloads finds its place without moving anything. The speaker view never sends
 * a position, only a command the presenter gave there. A window is heard only if this deck opened it.
 */
export function connectSpeakerView(deck: DeckApi): SpeakerViewLink {
  let speakerView: Window | null = null;
  const send = () => {
    if (!speakerView || speakerView.closed) return;
    speakerView.postMessage(speakerMessage({ type: 'state', state: stateOf(deck) }), messageTarget());
  };
  window.addEventListener('message', (event) => {
    const message = parseSpeakerMessage(event.data);
    const source = event.source;
    if (!message || !isOwnOrigin(event) || !isWindow(source)) return;
    if (source !== speakerView && openerOf(source) !== window) return;
    speakerView = source;
    if (message.type === 'hello') send();
    else if (message.type === 'command') run(deck, message.command);
  });
  for (const move of MOVES) deck.on(move, send);
  return {
    open() {
      if (speakerView && !speakerView.closed) {
        speakerView.focus();
        return;
      }
      const url = addressFor(new URL(window.location.href), 'speaker-view');
      speakerView = window.open(url, SPEAKER_WINDOW_NAME, 'popup,width=1280,height=720');
      if (!speakerView) {
        throw new Error('The speaker view could not open: allow pop-ups for this page, then press S again.');
      }
    },
  };
}

/** Where the deck is: the slide, the steps of it shown, and whether the screen is blacked out. */
export function stateOf(deck: DeckApi): DeckState {
  const slide = deck.getCurrentSlide();
  const groups = (selector: string) =>
    new Set(
      Array.from(slide?.querySelectorAll(selector) ?? [], (step) => step.getAttribute('data-fragment-index')),
    ).size;
  return {
    slide: deck.getIndices().h,
    step: groups('.fragment.visible'),
    steps: groups('.fragment'),
    slideCount: deck.getTotalSlides(),
    paused: deck.isPaused(),
  };
}

function run(deck: DeckApi, command: DeckCommand): void {
  if (command === 'next') deck.next();
  else if (command === 'previous') deck.prev();
  else if (command === 'first') deck.slide(0);
  else if (command === 'last') deck.slide(deck.getTotalSlides() - 1);
  else deck.togglePause();
}

function isWindow(source: MessageEventSource | null): source is Window {
  return source !== null && 'closed' in source && 'opener' in source;
}

/** The window that opened `source`; reading it may throw for a window of another origin in some engines. */
function openerOf(source: Window): unknown {
  try {
    return source.opener;
  } catch {
    return undefined;
  }
}
