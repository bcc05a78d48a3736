import { describe, expect, it } from 'vitest';
import { closestName, createClosestName, editDistance } from '../../../src/parse/closest-name.ts';

describe('the closest name to a mistyped one', () => {
  it('is the one fewest edits away, the alphabetical first of equals', () => {
    expect(closestName('sepucha2009', ['mulley2012', 'sepucha2008', 'sepucha2018'])).toBe('sepucha2008');
    expect(closestName('ab', ['ba', 'aa', 'bb'])).toBe('aa');
    expect(closestName('x', [])).toBeUndefined();
  });

  it('works each distinct name out once, and at most a budget of them against every candidate', () => {
    const candidates = Array.from({ length: 1_000 }, (_, index) => `slide-${index}`);
    let comparisons = 0;
    const find = createClosestName(candidates, {
      budget: 50,
      distance: (a, b) => {
        comparisons += 1;
        return editDistance(a, b);
      },
    });
    const mistakes = Array.from({ length: 20_000 }, (_, index) => `slide-x${index % 10_000}`);
    for (const name of mistakes) expect(find(name)).toMatch(/^slide-/);
    // Bounded by budget × candidates, whatever the count of mistakes: linear, not their product.
    expect(comparisons).toBe(50 * candidates.length);
    expect(find('slide-x1')).toBe(find('slide-x1'));
  });
});
