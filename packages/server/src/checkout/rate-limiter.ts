/**
 * At most `limit` events per key within a sliding window of `windowMs`, in this process. Keys whose
 * events have all aged out are dropped when the map grows, so memory follows the active keys.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 5, windowMs: 60_000 });
 * limiter.take('cus_123'); // undefined: allowed; or the seconds until the next one is
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const events = new Map<string, number[]>();
  const sweep = (now: number) => {
    for (const [key, times] of events) if (times.every((time) => now - time >= windowMs)) events.delete(key);
  };
  return {
    /** Counts an event for `key`, or refuses it: `undefined` when allowed, else whole seconds to wait. */
    take(key: string, now = Date.now()): number | undefined {
      if (events.size > 10_000) sweep(now);
      const recent = (events.get(key) ?? []).filter((time) => now - time < windowMs);
      if (recent.length >= limit) {
        events.set(key, recent);
        return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
      }
      recent.push(now);
      events.set(key, recent);
      return undefined;
    },
  };
}
