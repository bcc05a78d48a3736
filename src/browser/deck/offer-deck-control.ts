import { DECK_CONTROL_EVENT, DECK_CONTROL_REQUEST, type DeckControl } from '../../deck/deck-control.ts';
import type { ReadingNavigation } from './reading-navigation.ts';
import type { DeckApi } from './start-deck.ts';

/**
 * Offers the started deck to code loaded beside it (see DeckControl), which never imports reveal.js:
 * the static site has no such code, and the offer costs it one event.
 */
export function offerDeckControl(deck: DeckApi, navigation: ReadingNavigation): void {
  let moving = false;
  const position = () => {
    const slide = deck.getCurrentSlide()?.id ?? '';
    if (deck.isScrollView()) return { slide, step: 0 };
    const fragment = deck.getIndices().f;
    return { slide, step: typeof fragment === 'number' ? fragment + 1 : 0 };
  };
  const control: DeckControl = {
    view: () => (deck.isScrollView() ? 'reading' : 'slides'),
    position,
    goTo({ slide, step }) {
      const element = document.getElementById(slide);
      if (!element?.matches('.slides section')) return;
      moving = true;
      try {
        if (deck.isScrollView()) navigation.goTo(element);
        else {
          const { h, v } = deck.getIndices(element);
          deck.slide(h, v, step - 1);
        }
      } finally {
        moving = false;
      }
    },
    onMove(listener) {
      for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden'])
        deck.on(event, () => listener(position(), !moving));
    },
  };
  const offer = () => document.dispatchEvent(new CustomEvent(DECK_CONTROL_EVENT, { detail: control }));
  document.addEventListener(DECK_CONTROL_REQUEST, offer);
  offer();
}
