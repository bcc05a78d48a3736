import { describe, expect, it } from 'vitest';
import { percentile } from '../../../../src/tools/bench/percentile.ts';

describe('a percentile of fan-out times', () => {
  it('is the nearest-rank value, whatever the order', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('is undefined for no values', () => {
    expect(percentile([], 0.5)).toBeUndefined();
  });
});
