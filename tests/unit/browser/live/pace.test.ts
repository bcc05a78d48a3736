import { describe, expect, it } from 'vitest';
import { describePace, formatElapsed } from '../../../../src/browser/live/pace.ts';

describe("the remote's clock", () => {
  it('reads minutes and seconds, and hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(247_900)).toBe('4:07');
    expect(formatElapsed(3_750_000)).toBe('1:02:30');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('paces each slide as an equal share of the planned minutes', () => {
    // Half way through a 40-minute talk of 20 slides is slide 10, at 20 minutes.
    expect(describePace(20 * 60_000, 10, 20, 40)).toBe('on time');
    expect(describePace(23 * 60_000, 10, 20, 40)).toBe('3 min behind');
    expect(describePace(18 * 60_000, 10, 20, 40)).toBe('2 min ahead');
  });
});
