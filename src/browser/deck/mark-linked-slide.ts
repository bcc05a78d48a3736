import { READING_VIEW_BELOW } from '../../deck/geometry.ts';
import { loadPictureNow } from './load-picture-now.ts';

/** Set on `.slides` when the address links to a slide other than the first; theme.css stands it first. */
const DEEP_LINKED_CLASS = 'deep-linked';
/** Set on the linked slide. */
const LINKED_ATTRIBUTE = 'data-linked';
/** Set by index.html's inline line when the address has a deep link, until the linked slide is marked. */
const PENDING_CLASS = 'deep-link-pending';

/** A place a deep link names: a slide's index and, when it says, the steps shown. */
export interface LinkedPlace {
  readonly index: number;
  readonly step?: number;
}

/**
 * The place an address's hash names, as reveal.js reads it: `#/id` or `#/id/2` (a slide's id, then the
 * index of its last step shown), or `#/3` and `#/3/0/2` (indices). `ids` are the slides' ids in order.
 * Undefined for no hash, or one that names no slide.
 */
export function linkedPlace(hash: string, ids: readonly string[]): LinkedPlace | undefined {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [name = ''] = parts;
  if (name === '') return undefined;
  const numeric = /^\d+$/.test(name);
  const index = numeric ? Number(name) : ids.indexOf(name);
  if (index < 0 || index >= ids.length) return undefined;
  const step = numeric ? parts[2] : parts[1];
  return step !== undefined && /^\d+$/.test(step) ? { index, step: Number(step) + 1 } : { index };
}

/**
 * Before the first paint, marks the slide a deep link names, so that theme.css paints it, and not the
 * title, where reveal.js will show it: with the steps the link names shown (none when it names none),
 * or all of them in the reading view, and its pictures loading now rather than when the deck starts.
 * Until then, index.html's one inline line keeps the slides of a page opened with a deep link from
 * painting (`deep-link-pending`), which this takes away.
 */
export function markLinkedSlide(): void {
  try {
    standLinkedSlide();
  } finally {
    document.documentElement.classList.remove(PENDING_CLASS);
  }
}

function standLinkedSlide(): void {
  const slides = Array.from(document.querySelectorAll<HTMLElement>('.slides > section'));
  const place = linkedPlace(
    window.location.hash,
    slides.map((slide) => slide.id),
  );
  const slide = place && slides[place.index];
  if (!place || !slide || place.index === 0) return;
  slide.setAttribute(LINKED_ATTRIBUTE, '');
  slide.parentElement?.classList.add(DEEP_LINKED_CLASS);
  const reading =
    window.innerWidth < READING_VIEW_BELOW ||
    new URLSearchParams(window.location.search).get('view') === 'scroll';
  const steps = slide.querySelectorAll('.fragment');
  const shown = reading ? steps.length : (place.step ?? 0);
  steps.forEach((step, index) => {
    step.classList.toggle('visible', index < shown);
  });
  for (const picture of slide.querySelectorAll('img')) loadPictureNow(picture);
}
