import { describe, expect, it } from 'vitest';
import {
  DECK_OPTIONS,
  isPrintView,
  PREVIEW_OPTIONS,
  READING_VIEW_OPTIONS,
  SLIDES_VIEW_OPTIONS,
  viewFor,
} from '../../../../src/browser/deck/deck-options.ts';
import { NARROW_READING_SIZE, READING_VIEW_BELOW } from '../../../../src/deck/geometry.ts';

/** reveal.js's own rule, applied as a window is resized: the width less its margin, against the option. */
function revealReadsAt(width: number): boolean {
  return width - width * DECK_OPTIONS.margin <= DECK_OPTIONS.scrollActivationWidth;
}

describe('the view a screen gets', () => {
  it('is the 16:9 deck on a laptop or projector', () => {
    expect(viewFor(1280, '')).toEqual({
      width: DECK_OPTIONS.width,
      height: DECK_OPTIONS.height,
      ...SLIDES_VIEW_OPTIONS,
    });
  });

  it('is the reading view, with portrait pages, on a phone', () => {
    expect(viewFor(360, '?x=1')).toEqual({ ...NARROW_READING_SIZE, ...READING_VIEW_OPTIONS, view: 'scroll' });
  });

  it('keeps the slide size in a reading view asked for by address, with the reading view’s options', () => {
    expect(viewFor(1280, '?view=scroll')).toEqual({
      width: DECK_OPTIONS.width,
      height: DECK_OPTIONS.height,
      ...READING_VIEW_OPTIONS,
    });
  });

  it('leaves centring to CSS in the reading view, and shows none of the slides view’s controls there', () => {
    expect(READING_VIEW_OPTIONS).toMatchObject({ center: false, controls: false, progress: false });
    expect(SLIDES_VIEW_OPTIONS).toMatchObject({ center: true, controls: true, progress: true });
    expect(Object.keys(READING_VIEW_OPTIONS).sort()).toEqual(Object.keys(SLIDES_VIEW_OPTIONS).sort());
  });

  it('is always the slides in the speaker view’s small previews, still, silent and keyless', () => {
    expect(viewFor(320, '?preview')).toEqual({
      width: DECK_OPTIONS.width,
      height: DECK_OPTIONS.height,
      ...PREVIEW_OPTIONS,
    });
    expect(PREVIEW_OPTIONS).toMatchObject({
      hash: false,
      history: false,
      keyboard: false,
      transition: 'none',
    });
    expect(PREVIEW_OPTIONS.scrollActivationWidth).toBe(0);
  });

  it('lets no other window call reveal.js’s methods by message', () => {
    expect(DECK_OPTIONS.postMessage).toBe(false);
  });

  it('changes at the same width as reveal.js’s own switch on resizing, 700 px', () => {
    for (const width of [360, 699, 700, 701, 736, 737, 1280]) {
      expect(viewFor(width, '').view === 'scroll', `at ${width} px`).toBe(revealReadsAt(width));
    }
    expect(viewFor(READING_VIEW_BELOW - 1, '').view).toBe('scroll');
    expect(viewFor(READING_VIEW_BELOW, '').view).toBeUndefined();
  });
});

describe('the print view', () => {
  it('is what an address with print-pdf asks for, as reveal.js reads it', () => {
    expect(isPrintView('?print-pdf')).toBe(true);
    expect(isPrintView('?contrast=high&print-pdf#/3')).toBe(true);
    expect(isPrintView('?view=scroll')).toBe(false);
  });
});
