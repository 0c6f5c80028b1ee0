import { describe, expect, test } from 'vitest';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { createMemoryEventStore } from './memory-event-store';
import { manualClock } from '../testing/manual-clock';

const contractClock = manualClock();
describeEventStoreContract('createMemoryEventStore', {
  createStore: (limits) => createMemoryEventStore({ ...limits, now: contractClock.now }),
  advanceTime: contractClock.advance,
  bounded: true,
});

describe('createMemoryEventStore', () => {
  test('a processed ID is forgotten after ttlMs, not a millisecond before', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ ttlMs: 1000, now: clock.now });
    await store.claim('evt_1', 'a');
    await store.complete('evt_1', 'a');
    clock.advance(999);
    expect(await store.claim('evt_1', 'b')).toBe('processed');
    clock.advance(1);
    expect(await store.claim('evt_1', 'b')).toBe('claimed');
  });

  test('the default memory of processed IDs spans Stripe’s three-day retry window', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ now: clock.now });
    await store.claim('evt_1', 'a');
    await store.complete('evt_1', 'a');
    clock.advance(3 * 24 * 60 * 60 * 1000 - 1);
    expect(await store.claim('evt_1', 'b')).toBe('processed');
  });

  test('a claim lapses after leaseMs, not a millisecond before', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ leaseMs: 500, now: clock.now });
    await store.claim('evt_1', 'a');
    clock.advance(499);
    expect(await store.claim('evt_1', 'b')).toBe('processing');
    clock.advance(1);
    expect(await store.claim('evt_1', 'b')).toBe('claimed');
  });

  test('the default lease is five minutes, so a slow handler does not run twice', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ now: clock.now });
    await store.claim('evt_1', 'a');
    clock.advance(5 * 60 * 1000 - 1);
    expect(await store.claim('evt_1', 'b')).toBe('processing');
    clock.advance(1);
    expect(await store.claim('evt_1', 'b')).toBe('claimed');
  });

  test('the default bound is 10,000 IDs', async () => {
    const store = createMemoryEventStore();
    for (let index = 0; index < 10_000; index += 1) await store.claim(`evt_${index}`, 'a');
    await expect(store.claim('evt_one_too_many', 'a')).rejects.toThrow(
      /all 10000 IDs kept \(maxEntries\) are claims of deliveries still running/,
    );
  });

  test('a claim refused for want of room says what to do about it', async () => {
    const store = createMemoryEventStore({ maxEntries: 1 });
    await store.claim('evt_1', 'a');
    await expect(store.claim('evt_2', 'a')).rejects.toThrow(/^createMemoryEventStore\(\): all 1 IDs kept \(maxEntries\)/);
    await store.release('evt_1', 'a');
    expect(await store.claim('evt_2', 'a')).toBe('claimed');
  });

  test('a lapsed claim behind a running one still makes room, even after the clock stepped back', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ maxEntries: 2, leaseMs: 1000, now: clock.now });
    await store.claim('evt_late', 'a');
    clock.advance(-5000);
    await store.claim('evt_early', 'a'); // inserted second, lapses first
    clock.advance(1500);
    expect(await store.claim('evt_new', 'b')).toBe('claimed');
    expect(await store.claim('evt_late', 'b')).toBe('processing');
  });

  test('a lapsed claim behind a running one makes room at the very millisecond it lapses', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ maxEntries: 2, leaseMs: 1000, now: clock.now });
    await store.claim('evt_late', 'a');
    clock.advance(-5000);
    await store.claim('evt_early', 'a'); // inserted second, lapses first
    clock.advance(1000);
    expect(await store.claim('evt_new', 'b')).toBe('claimed');
  });

  test('a lapsed claim makes room before any processed ID is forgotten', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ maxEntries: 2, leaseMs: 1000, now: clock.now });
    await store.claim('evt_stalled', 'a');
    await store.claim('evt_done', 'a');
    await store.complete('evt_done', 'a');
    clock.advance(1000); // evt_stalled's lease ends now
    expect(await store.claim('evt_new', 'b')).toBe('claimed');
    expect(await store.claim('evt_done', 'b')).toBe('processed');
  });

  test('a delivery that finishes once its lease has ended does not mark the event processed', async () => {
    // Its claim lapsed: a redelivery may already be running the handler, and it is that one's to complete.
    const clock = manualClock();
    const store = createMemoryEventStore({ leaseMs: 1000, now: clock.now });
    await store.claim('evt_slow', 'a');
    clock.advance(1000);
    await store.complete('evt_slow', 'a');
    expect(await store.claim('evt_slow', 'b')).toBe('claimed');
  });

  test('refuses limits that are not positive numbers, with a setup error', () => {
    expect(() => createMemoryEventStore({ maxEntries: 0 })).toThrow(
      /^createMemoryEventStore\(\): maxEntries must be a positive number/,
    );
    expect(() => createMemoryEventStore({ ttlMs: Number.NaN })).toThrow(TypeError);
    expect(() => createMemoryEventStore({ ttlMs: Number.NaN })).toThrow(/ttlMs/);
    expect(() => createMemoryEventStore({ leaseMs: -1 })).toThrow(/leaseMs/);
  });
});
