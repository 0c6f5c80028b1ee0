import { describe, expect, test, vi } from 'vitest';
import { deferred } from '../testing/test-server';
import { serialise, setup, signedRequest, subscriptionUpdated } from '../testing/signed-delivery';
import { createMemoryEventStore } from './memory-event-store';
import { manualClock } from '../testing/manual-clock';

describe('createWebhookHandler: each delivery owns its claim', () => {
  test('a delivery that failed after its lease lapsed does not free the newer delivery’s claim', async () => {
    const clock = manualClock();
    const store = createMemoryEventStore({ leaseMs: 1000, now: clock.now });
    const { handle, onUpdated } = setup({ store });
    const [first, second] = [deferred(), deferred()];
    onUpdated.mockImplementationOnce(() => first.promise).mockImplementationOnce(() => second.promise);
    const payload = serialise(subscriptionUpdated('evt_slow'));
    const deliver = async () => handle(await signedRequest(payload));

    const firstAnswer = deliver();
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
    clock.advance(1001);
    // The lease lapsed: Stripe's retry takes the event over, as it should.
    const secondAnswer = deliver();
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(2));

    first.reject(new Error('the first handler gave up'));
    expect((await firstAnswer).status).toBe(500);
    // The second delivery still holds the event: a third must not run it alongside.
    expect((await deliver()).status).toBe(409);
    expect(onUpdated).toHaveBeenCalledTimes(2);

    second.resolve();
    expect((await secondAnswer).status).toBe(200);
    expect(await (await deliver()).json()).toEqual({ received: true, duplicate: true });
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });

  test('every delivery claims under a fresh token, and completes or releases under that same token', async () => {
    const store = createMemoryEventStore();
    const claim = vi.spyOn(store, 'claim');
    const complete = vi.spyOn(store, 'complete');
    const release = vi.spyOn(store, 'release');
    const { handle, onUpdated } = setup({ store });
    onUpdated.mockRejectedValueOnce(new Error('first try fails'));
    const payload = serialise(subscriptionUpdated('evt_tokens'));

    expect((await handle(await signedRequest(payload))).status).toBe(500);
    expect((await handle(await signedRequest(payload))).status).toBe(200);

    const [firstOwner, secondOwner] = claim.mock.calls.map(([, owner]) => owner);
    expect(firstOwner).toMatch(/^[0-9a-f-]{36}$/);
    expect(secondOwner).not.toBe(firstOwner);
    expect(release.mock.calls).toEqual([['evt_tokens', firstOwner]]);
    expect(complete.mock.calls).toEqual([['evt_tokens', secondOwner]]);
  });
});
