import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';

describe('moving the clock', () => {
  it('ends subscriptions whose cancellation was scheduled for the period end', () => {
    const emulator = createStripeEmulator({ clock: 'frozen' });
    const scheduled = emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    emulator.clock.set((scheduled.cancel_at as number) - 1);
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)?.status).toBe('active');
    emulator.clock.advance(1);
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)).toMatchObject({
      status: 'canceled',
      ended_at: scheduled.cancel_at,
    });
    const deleted = emulator.store.events.list().filter((e) => e.type === 'customer.subscription.deleted');
    expect(deleted.map((e) => (e.data.object as { id: string }).id)).toEqual([DEMO_IDS.subscriptions.active]);
  });

  it('rolls active periods over and ends pauses that reached resumes_at', () => {
    const emulator = createStripeEmulator({ clock: 'frozen' });
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
    expect(() => createStripeEmulator({ clock: 'frozen' }).clock.advance(-1)).toThrow(RangeError);
  });
});

describe('wall time passing, with the default clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function startAt(wall: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(wall));
    return createStripeEmulator();
  }
  const passes = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
  const api = (emulator: ReturnType<typeof createStripeEmulator>, path: string, init: RequestInit = {}) =>
    emulator.fetch(
      new Request(`http://127.0.0.1${path}`, {
        ...init,
        headers: { authorization: `Bearer ${emulator.apiKey}`, ...init.headers },
      }),
    );

  it('ends a scheduled cancellation on the next API request, with no advance()', async () => {
    const emulator = startAt('2031-05-01T12:00:00Z');
    const scheduled = emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    passes((scheduled.cancel_at as number) - emulator.clock.now() + 1);
    const response = await api(emulator, `/v1/subscriptions/${DEMO_IDS.subscriptions.active}`);
    expect(await response.json()).toMatchObject({ status: 'canceled', ended_at: scheduled.cancel_at });
  });

  it('rolls periods over when the store is read, and sends the events once', () => {
    const emulator = startAt('2031-05-01T12:00:00Z');
    const end = emulator.store.subscriptions.get(DEMO_IDS.subscriptions.multiTeam)?.items.data[0]?.current_period_end as number;
    passes(end - emulator.clock.now());
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.multiTeam)?.items.data[0]?.current_period_start).toBe(end);
    const updates = () =>
      emulator.store.events
        .list()
        .filter(
          (e) =>
            e.type === 'customer.subscription.updated' &&
            (e.data.object as { id: string }).id === DEMO_IDS.subscriptions.multiTeam,
        );
    expect(updates()).toHaveLength(1);
    expect(updates()).toHaveLength(1);
  });

  it('catches up before an action, so it acts on the state of now', () => {
    const emulator = startAt('2031-05-01T12:00:00Z');
    const scheduled = emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    passes((scheduled.cancel_at as number) - emulator.clock.now());
    expect(() => emulator.actions.renewSubscription(DEMO_IDS.subscriptions.active)).toThrow(/canceled/);
  });

  it('expires an unvisited portal session after sessionTtlSeconds of real time', async () => {
    const emulator = startAt('2031-05-01T12:00:00Z');
    const response = await api(emulator, '/v1/billing_portal/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ customer: DEMO_IDS.customers.active, return_url: 'http://localhost:3000/account' }),
    });
    const token = ((await response.json()) as { url: string }).url.split('/p/session/')[1] as string;
    passes(300);
    expect(emulator.sessions.consumeSession(token)).toMatchObject({ ok: false, reason: 'expired' });
  });
});
