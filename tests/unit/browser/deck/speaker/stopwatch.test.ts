import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  isReset,
  isRunning,
  parseStopwatch,
  pause,
  resume,
  STOPPED,
} from '../../../../../src/browser/deck/speaker/stopwatch.ts';

describe('the speaker view’s stopwatch', () => {
  it('runs from its start, holds still while paused, and runs on when resumed', () => {
    const started = resume(STOPPED, 1_000);
    expect(elapsedMs(started, 61_000)).toBe(60_000);
    const paused = pause(started, 61_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsedMs(paused, 999_000)).toBe(60_000);
    expect(elapsedMs(resume(paused, 100_000), 130_000)).toBe(90_000);
  });

  it('is reset only before it has run', () => {
    expect(isReset(STOPPED)).toBe(true);
    expect(isReset(pause(resume(STOPPED, 0), 5))).toBe(false);
  });

  it('is kept as text and read back, and anything else stored is taken for none', () => {
    const watch = resume({ runBeforeMs: 5_000 }, 10);
    expect(parseStopwatch(JSON.stringify(watch))).toEqual(watch);
    for (const text of [
      null,
      '',
      '{',
      '[]',
      '{"runBeforeMs":-1}',
      '{"runBeforeMs":"5"}',
      '{"runBeforeMs":1,"runningSince":"x"}',
    ])
      expect(parseStopwatch(text), String(text)).toBeUndefined();
  });
});
