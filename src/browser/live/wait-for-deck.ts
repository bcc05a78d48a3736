import { DECK_CONTROL_EVENT, DECK_CONTROL_REQUEST, type DeckControl } from '../../deck/deck-control.ts';

/** Resolves with the deck's control once the deck has started (at once if it already has). */
export function waitForDeck(): Promise<DeckControl> {
  return new Promise((resolve) => {
    document.addEventListener(
      DECK_CONTROL_EVENT,
      (event) => resolve((event as CustomEvent<DeckControl>).detail),
      {
        once: true,
      },
    );
    document.dispatchEvent(new Event(DECK_CONTROL_REQUEST));
  });
}
