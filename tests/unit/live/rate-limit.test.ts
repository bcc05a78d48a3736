import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/live/rate-limit.ts';

describe("a connection's rate limit", () => {
  it('lets a burst through, then one message per 1/rate seconds', () => {
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, 0);
    expect([0, 0, 0, 0].map((at) => limiter.take(at))).toEqual([true, true, true, false]);
    expect(limiter.take(400)).toBe(false);
    expect(limiter.take(500)).toBe(true);
    expect(limiter.take(600)).toBe(false);
  });

  it('refills no further than the burst, and a clock going back gives nothing', () => {
    const limiter = createRateLimiter({ perSecond: 10, burst: 2 }, 0);
    expect([60_000, 60_000, 60_000].map((at) => limiter.take(at))).toEqual([true, true, false]);
    expect(limiter.take(0)).toBe(false);
  });
});
