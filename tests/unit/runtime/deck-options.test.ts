import { describe, expect, it } from 'vitest';
import { DECK_OPTIONS, NARROW_READING_SIZE, viewFor } from '../../../src/runtime/deck-options.ts';

describe('the view a screen gets', () => {
  it('is the 16:9 deck on a laptop or projector', () => {
    expect(viewFor(1280, '')).toEqual({ width: DECK_OPTIONS.width, height: DECK_OPTIONS.height });
  });

  it('is the reading view, with portrait pages, on a phone', () => {
    expect(viewFor(360, '?x=1')).toEqual({ ...NARROW_READING_SIZE, view: 'scroll' });
  });

  it('is always the slides in the speaker view’s small previews', () => {
    expect(viewFor(320, '?receiver&progress=false')).toEqual({
      width: DECK_OPTIONS.width,
      height: DECK_OPTIONS.height,
      scrollActivationWidth: 0,
    });
  });
});
