import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDuration,
  nextPosition,
  paceAt,
} from '../../../../../src/browser/deck/speaker/pace.ts';

const at = (slide: number, step: number, steps: number, slideCount = 20) => ({
  slide,
  step,
  steps,
  slideCount,
  paused: false,
});
const MINUTE = 60_000;

describe('what comes next', () => {
  it('is the slide’s next step, then the next slide as it first appears, then nothing', () => {
    expect(nextPosition(at(3, 1, 4))).toEqual({ slide: 3, step: 2 });
    expect(nextPosition(at(3, 4, 4))).toEqual({ slide: 4, step: 0 });
    expect(nextPosition(at(3, 0, 0))).toEqual({ slide: 4, step: 0 });
    expect(nextPosition(at(19, 0, 0))).toBeUndefined();
  });
});

describe('the pace against the planned length', () => {
  // 40 minutes for 20 slides: 2 minutes a slide.
  it('is on time within half a slide’s share of the plan', () => {
    expect(paceAt(at(5, 0, 0), 10 * MINUTE, 40)).toMatchObject({
      status: 'on-time',
      text: 'On time',
      plannedMs: 10 * MINUTE,
    });
    expect(paceAt(at(5, 0, 0), 10.9 * MINUTE, 40).status).toBe('on-time');
  });

  it('counts a slide’s steps as shares of its time', () => {
    expect(paceAt(at(5, 1, 3), 0, 40).plannedMs).toBe(10.5 * MINUTE);
  });

  it('says how many minutes ahead or behind', () => {
    expect(paceAt(at(5, 0, 0), 6 * MINUTE, 40)).toMatchObject({ status: 'ahead', text: '4 min ahead' });
    expect(paceAt(at(5, 0, 0), 13 * MINUTE, 40)).toMatchObject({ status: 'behind', text: '3 min behind' });
  });
});

describe('times as the speaker view shows them', () => {
  it('writes durations as a stopwatch does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-90_000)).toBe('−1:30');
  });

  it('keeps a 24-hour clock', () => {
    expect(formatClock(new Date(2026, 11, 3, 14, 5))).toBe('14:05');
    expect(formatClock(new Date(2026, 11, 3, 0, 7))).toBe('00:07');
  });
});
