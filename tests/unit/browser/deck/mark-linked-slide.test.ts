import { describe, expect, it } from 'vitest';
import { linkedPlace } from '../../../../src/browser/deck/mark-linked-slide.ts';

const ids = ['title', 'coproduction', 'why-work-together'];

describe('the place a deep link names', () => {
  it('is a slide by its id, with the step reveal.js writes after it counted from one', () => {
    expect(linkedPlace('#/coproduction', ids)).toEqual({ index: 1 });
    expect(linkedPlace('#/why-work-together/2', ids)).toEqual({ index: 2, step: 3 });
  });

  it('is a slide by its index, with its step third', () => {
    expect(linkedPlace('#/2', ids)).toEqual({ index: 2 });
    expect(linkedPlace('#/2/0/0', ids)).toEqual({ index: 2, step: 1 });
  });

  it('is none without a hash, or for a slide the deck has not', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/9', '#/-1'])
      expect(linkedPlace(hash, ids), hash).toBeUndefined();
  });
});
