/** How many messages a connection may send: `perSecond` on average, `burst` at once. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

/**
 * The limits per role. A clicker held down repeats about 30 times a second, the remote's and the
 * projector's limit allows that; a phone sends a ballot now and then, and a changed mind or two.
 */
export const RATE_LIMITS = Object.freeze({
  presenter: Object.freeze({ perSecond: 30, burst: 60 }),
  audience: Object.freeze({ perSecond: 2, burst: 10 }),
} satisfies Record<string, RateLimit>);

/** A token bucket: `take(now)` says whether one more message fits the limit at that time (ms). */
export interface RateLimiter {
  take(now: number): boolean;
}

/** Creates a bucket that starts full. Pure: the time comes from the caller. */
export function createRateLimiter({ perSecond, burst }: RateLimit, start: number): RateLimiter {
  let tokens = burst;
  let last = start;
  return {
    take(now: number) {
      tokens = Math.min(burst, tokens + (Math.max(0, now - last) * perSecond) / 1000);
      last = Math.max(last, now);
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
