import type { DeckApi } from './start-deck.ts';

/**
 * reveal.js centres a slide by the height it has when laid out, and lays out only on its own events. A
 * slide's height changes later too: a chart sizes its canvas a frame after it mounts, a face only that
 * slide uses (italic, bold) arrives as it first shows. Watches every slide's size and lays the deck out
 * again when one changes, so the slide on screen stays centred. Not in the reading view, whose pages
 * reveal.js sizes to the screen, and where a layout would pull the page back to the slide being read.
 * Leaving the reading view, reveal.js puts back new copies of the slides: those are watched instead.
 */
export function keepSlidesCentred(deck: DeckApi): void {
  const observer = new ResizeObserver(() => {
    if (!deck.isScrollView()) deck.layout();
  });
  const watchSlides = () => {
    observer.disconnect();
    for (const slide of deck.getSlides()) observer.observe(slide);
  };
  watchSlides();
  deck.on('sync', watchSlides);
}
