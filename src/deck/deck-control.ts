/**
 * What the deck page offers code loaded beside it (the live channel, served only by the live server):
 * where the talk is and a way to move it, without reveal.js. The deck dispatches `DECK_CONTROL_EVENT`
 * on `document` with the control as its `detail` once it has started, and again whenever a
 * `DECK_CONTROL_REQUEST` event asks (code that arrives after the start).
 */
export interface DeckControl {
  /** `slides` for the presenting view, `reading` for the reading view (a phone's). */
  view(): 'slides' | 'reading';
  /** The current slide's id and how many of its steps are shown (always 0 in the reading view). */
  position(): { readonly slide: string; readonly step: number };
  /** Shows that slide with that many steps; in the reading view, scrolls to the slide. */
  goTo(position: { readonly slide: string; readonly step: number }): void;
  /** Calls `listener` after every move: `byPerson` is false for moves `goTo` made. */
  onMove(listener: (position: { slide: string; step: number }, byPerson: boolean) => void): void;
}

export const DECK_CONTROL_EVENT = 'deckcontrol';
export const DECK_CONTROL_REQUEST = 'deckcontrolrequest';
