/**
 * How the emulator's clock moves: `'wall'` follows the machine's clock (plus any offset that
 * `advance()` and `set()` add), `'frozen'` stands still until told to move.
 */
export type ClockMode = 'wall' | 'frozen';

/**
 * The emulator's own time, in unix seconds. Every timestamp it writes (`created`, periods, session
 * expiry) comes from here, so tests can move time instead of waiting for it. Webhook signatures are
 * the exception: they carry real wall time, as Stripe's do even for test-clock objects.
 *
 * @example
 * emulator.clock.advance(31 * 24 * 60 * 60); // a month on: periods roll over, cancellations take effect
 */
export interface EmulatorClock {
  /** `'wall'` (the default) or `'frozen'`. */
  readonly mode: ClockMode;
  /** The current emulator time in unix seconds. */
  now(): number;
  /** Moves time forward by `seconds` (must be >= 0) and returns the new time. A wall clock keeps ticking from there. */
  advance(seconds: number): number;
  /** Jumps to `unixSeconds`, forwards or backwards, and returns it. A wall clock keeps ticking from there. */
  set(unixSeconds: number): number;
}

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** @defaultValue `'wall'` */
  mode?: ClockMode | undefined;
  /** The time to start at, in unix seconds. @defaultValue the machine's current time */
  start?: number | undefined;
  /** Runs after each `advance()` or `set()`, so time-based work (scheduled cancellations) can catch up. */
  onChange?: ((now: number) => void) | undefined;
}

/**
 * Creates a clock. A wall clock is the machine's time plus an offset: moving it moves the offset, and
 * it keeps ticking, so a long-running emulator never falls behind real time. A frozen clock stands at
 * `start` until told to move, for tests that compare exact timestamps.
 *
 * @example
 * const clock = createClock({ mode: 'frozen', start: 1_800_000_000 });
 * clock.advance(301); // a five-minute portal session created at the start has now expired
 */
export function createClock(options: ClockOptions = {}): EmulatorClock {
  const mode = options.mode ?? 'wall';
  if (mode !== 'wall' && mode !== 'frozen')
    throw new RangeError(`clock must be 'wall' or 'frozen', got ${JSON.stringify(mode)}.`);
  const start = options.start === undefined ? wallSeconds() : toWholeSeconds(options.start, 'startTime');
  // A frozen clock keeps `base` as the time; a wall clock keeps it as the offset from wall time.
  let base = mode === 'frozen' ? start : start - wallSeconds();
  const now = () => (mode === 'frozen' ? base : wallSeconds() + base);
  const moved = () => {
    const current = now();
    options.onChange?.(current);
    return current;
  };
  return {
    mode,
    now,
    advance(seconds) {
      const step = toWholeSeconds(seconds, 'seconds');
      if (step < 0) throw new RangeError('clock.advance(seconds) only moves forward; use clock.set() to go back.');
      base += step;
      return moved();
    },
    set(unixSeconds) {
      const target = toWholeSeconds(unixSeconds, 'unixSeconds');
      base = mode === 'frozen' ? target : target - wallSeconds();
      return moved();
    },
  };
}

/** The machine's time in whole unix seconds: what webhook signatures carry. */
export function wallSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function toWholeSeconds(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number of seconds, got ${value}.`);
  return Math.floor(value);
}
