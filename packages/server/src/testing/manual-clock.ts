/**
 * A clock in milliseconds that moves only when told to, for stores that take `now`: leases and memory
 * can then be crossed exactly, without fake timers.
 *
 * @example
 * const clock = manualClock();
 * const store = createMemoryEventStore({ leaseMs: 1000, now: clock.now });
 * clock.advance(1001); // the lease has lapsed
 */
export function manualClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}
