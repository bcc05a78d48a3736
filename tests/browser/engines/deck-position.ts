import type { EnginePage } from './engine-page.ts';

/** Where the deck is: the slide shown and how many of its steps. */
export interface DeckPosition {
  readonly slideId: string;
  readonly shownSteps: number;
  /** The last slide, with all of its steps shown. */
  readonly atEnd: boolean;
}

/** The deck's position, read in the page. */
export function deckPosition(page: EnginePage): Promise<DeckPosition> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slides > section.present');
    return {
      slideId: slide?.id ?? '',
      shownSteps: slide?.querySelectorAll('.fragment.visible').length ?? 0,
      atEnd: slide?.nextElementSibling === null && slide.querySelector('.fragment:not(.visible)') === null,
    };
  }, null);
}

/** Resolves once the deck shows `slideId` (with `shownSteps` steps, when given) and its address says so. */
export function waitForPosition(page: EnginePage, slideId: string, shownSteps?: number): Promise<void> {
  return page.waitFor(
    `slide ${slideId}${shownSteps === undefined ? '' : ` at step ${shownSteps}`}`,
    ({ id, steps }) => {
      const slide = document.querySelector('.slides > section.present');
      return (
        slide?.id === id &&
        decodeURIComponent(location.hash).startsWith(`#/${id}`) &&
        (steps === null || slide.querySelectorAll('.fragment.visible').length === steps)
      );
    },
    { id: slideId, steps: shownSteps ?? null },
  );
}

/** Resolves once the deck has moved from `from`: to another step or another slide. */
export function waitToMove(page: EnginePage, from: DeckPosition): Promise<void> {
  return page.waitFor(
    `the deck to move on from ${from.slideId} step ${from.shownSteps}`,
    (previous) => {
      const slide = document.querySelector('.slides > section.present');
      return (
        slide !== null &&
        (slide.id !== previous.slideId ||
          slide.querySelectorAll('.fragment.visible').length !== previous.shownSteps)
      );
    },
    from,
  );
}

/**
 * Resolves once nothing on the page is animating (reveal.js's slide and step transitions are CSS
 * transitions, which every engine lists in `getAnimations`) and the fonts are in: what is on screen then is
 * what stays. The page is laid out before its fonts are asked about: an engine starts loading a face
 * only when laying out text that needs it, and until then reports its fonts as loaded.
 */
export function waitForStillness(page: EnginePage): Promise<void> {
  return page.waitFor(
    'the page to stop animating',
    () => {
      document.body.getBoundingClientRect();
      return (
        document.fonts.status === 'loaded' &&
        document.getAnimations().every((animation) => animation.playState !== 'running')
      );
    },
    null,
  );
}

/** Resolves after the page's next animation frame (or 100 ms, as a window out of sight gets none). */
export function nextFrame(page: EnginePage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 100);
      }),
    null,
  );
}
