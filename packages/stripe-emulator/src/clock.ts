/**
 * The emulator's own time, in unix seconds. Every timestamp it writes (`created`, periods, session
 * expiry, webhook signatures) comes from here, so tests can move time instead of waiting for it.
 *
 * @example
 * emulator.clock.set(1_800_000_000);
 */
export interface EmulatorClock {
  /** The current emulator time in unix seconds. */
  now(): number;
  /** Moves time forward by `seconds` (must be >= 0) and returns the new time. */
  advance(seconds: number): number;
  /** Jumps to `unixSeconds`, forwards or backwards, and returns it. */
  set(unixSeconds: number): number;
}

/**
 * Creates a clock that starts at `start` (default: the machine's current time) and then only moves
 * when told to. Listeners run after each move, so time-based work (scheduled cancellations) can
 * catch up.
 *
 * @example
 * const clock = createClock(1_800_000_000);
 * clock.advance(301); // a five-minute portal session created at the start has now expired
 */
export function createClock(
  start: number = Math.floor(Date.now() / 1000),
  onChange?: (now: number) => void,
): EmulatorClock {
  let current = toWholeSeconds(start, 'start');
  return {
    now: () => current,
    advance(seconds) {
      const step = toWholeSeconds(seconds, 'seconds');
      if (step < 0) throw new RangeError('clock.advance(seconds) only moves forward; use clock.set() to go back.');
      current += step;
      onChange?.(current);
      return current;
    },
    set(unixSeconds) {
      current = toWholeSeconds(unixSeconds, 'unixSeconds');
      onChange?.(current);
      return current;
    },
  };
}

function toWholeSeconds(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number of seconds, got ${value}.`);
  return Math.floor(value);
}
