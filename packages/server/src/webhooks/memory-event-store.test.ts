import { describe, expect, test } from 'vitest';
import { createMemoryEventStore } from './memory-event-store';

function manualClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('createMemoryEventStore', () => {
  test('a claim is exclusive until it is completed, then the ID stays processed', async () => {
    const store = createMemoryEventStore();
    expect(await store.claim('evt_1')).toBe('claimed');
    expect(await store.claim('evt_1')).toBe('processing');
    await store.complete('evt_1');
    expect(await store.claim('evt_1')).toBe('processed');
    expect(await store.claim('evt_2')).toBe('claimed');
  });

  test('a released claim can be claimed again; releasing a processed ID changes nothing', async () => {
    const store = createMemoryEventStore();
    await store.claim('evt_1');
    await store.release('evt_1');
    expect(await store.claim('evt_1')).toBe('claimed');
    await store.complete('evt_1');
    await store.release('evt_1');
    expect(await store.claim('evt_1')).toBe('processed');
  });

  test('only one of many concurrent claims for one ID wins', async () => {
    const store = createMemoryEventStore();
    const results = await Promise.all(Array.from({ length: 5 }, () => store.claim('evt_1')));
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'processing')).toHaveLength(4);
  });

  test('a processed ID is forgotten after ttlMs', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ ttlMs: 1000, now: clock.now });
    await store.claim('evt_1');
    await store.complete('evt_1');
    clock.advance(999);
    expect(await store.claim('evt_1')).toBe('processed');
    clock.advance(1);
    expect(await store.claim('evt_1')).toBe('claimed');
  });

  test('the default memory of processed IDs spans Stripe’s three-day retry window', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ now: clock.now });
    await store.claim('evt_1');
    await store.complete('evt_1');
    clock.advance(3 * 24 * 60 * 60 * 1000 - 1);
    expect(await store.claim('evt_1')).toBe('processed');
  });

  test('a claim whose handler never settles lapses after leaseMs', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ leaseMs: 500, now: clock.now });
    await store.claim('evt_1');
    clock.advance(499);
    expect(await store.claim('evt_1')).toBe('processing');
    clock.advance(1);
    expect(await store.claim('evt_1')).toBe('claimed');
  });

  test('holds at most maxEntries IDs, forgetting the oldest first', async () => {
    const store = createMemoryEventStore({ maxEntries: 3 });
    for (const id of ['evt_1', 'evt_2', 'evt_3', 'evt_4']) {
      await store.claim(id);
      await store.complete(id);
    }
    expect(await store.claim('evt_2')).toBe('processed');
    expect(await store.claim('evt_3')).toBe('processed');
    expect(await store.claim('evt_4')).toBe('processed');
    // evt_1 was evicted to make room for evt_4, so it can be claimed again.
    expect(await store.claim('evt_1')).toBe('claimed');
  });

  test('refuses limits that are not positive numbers', () => {
    expect(() => createMemoryEventStore({ maxEntries: 0 })).toThrow(/maxEntries must be a positive number/);
    expect(() => createMemoryEventStore({ ttlMs: Number.NaN })).toThrow(/ttlMs/);
    expect(() => createMemoryEventStore({ leaseMs: -1 })).toThrow(/leaseMs/);
  });
});
