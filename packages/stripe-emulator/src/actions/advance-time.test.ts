import { describe, expect, it } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';

describe('moving the clock', () => {
  it('ends subscriptions whose cancellation was scheduled for the period end', () => {
    const emulator = createStripeEmulator();
    const scheduled = emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    emulator.clock.set((scheduled.cancel_at as number) - 1);
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)?.status).toBe('active');
    emulator.clock.advance(1);
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)).toMatchObject({ status: 'canceled', ended_at: scheduled.cancel_at });
    const deleted = emulator.store.events.list().filter((e) => e.type === 'customer.subscription.deleted');
    expect(deleted.map((e) => (e.data.object as { id: string }).id)).toEqual([DEMO_IDS.subscriptions.active]);
  });

  it('rolls active periods over and ends pauses that reached resumes_at', () => {
    const emulator = createStripeEmulator();
    const before = emulator.store.subscriptions.get(DEMO_IDS.subscriptions.multiTeam);
    const end = before?.items.data[0]?.current_period_end as number;
    emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.multiTeam, { resumesAt: end - 10 });
    emulator.clock.set(end);
    const after = emulator.store.subscriptions.get(DEMO_IDS.subscriptions.multiTeam);
    expect(after?.items.data[0]?.current_period_start).toBe(end);
    expect(after?.items.data[0]?.current_period_end).toBeGreaterThan(end);
    expect(after?.pause_collection).toBeNull();
  });

  it('refuses to go backwards with advance()', () => {
    expect(() => createStripeEmulator().clock.advance(-1)).toThrow(RangeError);
  });
});
