import type { Poll } from '../deck/poll.ts';

/**
 * The talk as the live channel knows it: the order of the slides, their steps and polls. The server makes
 * it from the Deck model; the remote shows its titles and notes. It is public: nothing in it is secret.
 */
export interface LiveOutline {
  readonly slides: readonly OutlineSlide[];
  /** Planned length of the talk, which the remote paces against. */
  readonly plannedMinutes: number;
}

export interface OutlineSlide {
  readonly id: string;
  readonly title: string;
  /** How many steps it builds up in: a position's step runs from 0 (none shown) to this. */
  readonly steps: number;
  /** The speaker notes as paragraphs of plain text, for the remote. */
  readonly notes: readonly string[];
  readonly poll?: Poll;
}

/** Where the talk is: a slide, and how many of its steps are shown. */
export interface Position {
  readonly slide: string;
  readonly step: number;
}

/** The slide's index in the outline, or -1. */
export function slideIndex(outline: LiveOutline, slide: string): number {
  return outline.slides.findIndex((candidate) => candidate.id === slide);
}

/** The poll of that id (the id of its slide), if the outline has one. */
export function findPoll(outline: LiveOutline, id: string): Poll | undefined {
  return outline.slides.find((slide) => slide.poll?.id === id)?.poll;
}

/** The position one step on (`by` 1) or back (-1), as reveal.js moves: back onto a slide shows all of it. */
export function stepFrom(outline: LiveOutline, position: Position, by: 1 | -1): Position {
  const index = slideIndex(outline, position.slide);
  const slide = outline.slides[index];
  if (!slide) return firstPosition(outline);
  if (by === 1) {
    if (position.step < slide.steps) return { slide: slide.id, step: position.step + 1 };
    const next = outline.slides[index + 1];
    return next ? { slide: next.id, step: 0 } : position;
  }
  if (position.step > 0) return { slide: slide.id, step: position.step - 1 };
  const previous = outline.slides[index - 1];
  return previous ? { slide: previous.id, step: previous.steps } : position;
}

/** The talk's opening position: its first slide, nothing stepped in. */
export function firstPosition(outline: LiveOutline): Position {
  return { slide: outline.slides[0]?.id ?? '', step: 0 };
}

/** Whether the position names a slide of the outline and a step it has. */
export function isPositionIn(outline: LiveOutline, position: Position): boolean {
  const slide = outline.slides[slideIndex(outline, position.slide)];
  return slide !== undefined && position.step >= 0 && position.step <= slide.steps;
}
