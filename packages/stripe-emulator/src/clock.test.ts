import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock } from './clock';

const WALL = Date.parse('2031-05-01T12:00:00Z') / 1000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WALL * 1000);
});
afterEach(() => {
  vi.useRealTimers();
});

const passes = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

describe('the wall clock (the default)', () => {
  it('follows the machine’s time', () => {
    const clock = createClock();
    expect(clock.mode).toBe('wall');
    expect(clock.now()).toBe(WALL);
    passes(600);
    expect(clock.now()).toBe(WALL + 600);
  });

  it('moves its offset with advance() and keeps ticking from there', () => {
    const clock = createClock();
    expect(clock.advance(3600)).toBe(WALL + 3600);
    passes(10);
    expect(clock.now()).toBe(WALL + 3610);
  });

  it('sets its offset with set(), forwards or backwards, and keeps ticking from there', () => {
    const clock = createClock();
    clock.set(1_500_000_000);
    passes(5);
    expect(clock.now()).toBe(1_500_000_005);
  });

  it('starts at startTime and ticks from there', () => {
    const clock = createClock({ start: 1_700_000_000 });
    passes(42);
    expect(clock.now()).toBe(1_700_000_042);
  });
});

describe('the frozen clock', () => {
  it('stands still until told to move', () => {
    const clock = createClock({ mode: 'frozen', start: 1_700_000_000 });
    passes(600);
    expect(clock.now()).toBe(1_700_000_000);
    expect(clock.advance(60)).toBe(1_700_000_060);
    expect(clock.set(1_600_000_000)).toBe(1_600_000_000);
    passes(600);
    expect(clock.now()).toBe(1_600_000_000);
  });

  it('starts at the machine’s time without startTime', () => {
    expect(createClock({ mode: 'frozen' }).now()).toBe(WALL);
  });
});

describe('either clock', () => {
  it('tells its listener about every move, with the new time', () => {
    for (const mode of ['wall', 'frozen'] as const) {
      const moves: number[] = [];
      const clock = createClock({ mode, onChange: (now) => moves.push(now) });
      clock.advance(10);
      clock.set(WALL - 100);
      expect(moves).toEqual([WALL + 10, WALL - 100]);
    }
  });

  it('refuses to go backwards with advance(), non-finite numbers and unknown modes', () => {
    const clock = createClock();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.set(Number.NaN)).toThrow(RangeError);
    expect(() => createClock({ start: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => createClock({ mode: 'paused' as 'frozen' })).toThrow(/'wall' or 'frozen'/);
  });
});
