import { expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

it('allows limit events per key in any window, and says how long to wait after that', () => {
  const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
  expect([limiter.take('a', 0), limiter.take('a', 10_000)]).toEqual([undefined, undefined]);
  expect(limiter.take('a', 20_000)).toBe(40);
  expect(limiter.take('b', 20_000)).toBeUndefined();
  // The first event ages out at 60 s; refusals do not count as events.
  expect(limiter.take('a', 60_000)).toBeUndefined();
  expect(limiter.take('a', 60_001)).toBe(10);
});
