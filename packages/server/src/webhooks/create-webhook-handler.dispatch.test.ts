import { describe, expect, test, vi } from 'vitest';
import type { WebhookEventStore } from './event-store';
import { deferred } from '../testing/test-server';
import { createMemoryEventStore } from './memory-event-store';
import { PAYLOAD_CANARY, SECRET, serialise, setup, signedRequest, subscriptionUpdated } from '../testing/signed-delivery';

/**
 * Two deliveries of one event, started together. Whichever claims it first holds its handler open on
 * `gate`; resolves once that handler is running and the other delivery has been answered (`loser`).
 */
async function deliverTwiceAtOnce(eventId: string) {
  const { handle, onUpdated } = setup();
  const gate = deferred();
  onUpdated.mockImplementationOnce(() => gate.promise);
  const payload = serialise(subscriptionUpdated(eventId));
  const deliveries = [await signedRequest(payload), await signedRequest(payload)];

  const responses = deliveries.map((request) => handle(request));
  await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
  const loser = await Promise.race(responses);
  const statuses = async () => (await Promise.all(responses)).map((response) => response.status).sort();
  return { handle, onUpdated, gate, payload, loser, statuses };
}

describe('createWebhookHandler: dispatch, once per event ID', () => {
  test('a redelivered event gets 200 without running its handler again', async () => {
    const { handle, onUpdated } = setup();
    const payload = serialise(subscriptionUpdated('evt_dup'));

    expect((await handle(await signedRequest(payload))).status).toBe(200);
    const again = await handle(await signedRequest(payload));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(onUpdated).toHaveBeenCalledTimes(1);

    // Another event ID is not a duplicate.
    expect((await handle(await signedRequest(serialise(subscriptionUpdated('evt_other'))))).status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });

  test('two concurrent deliveries of one event run the handler once; the other is told to retry', async () => {
    const { handle, onUpdated, gate, payload, loser, statuses } = await deliverTwiceAtOnce('evt_race');
    // 409, not 200: had the first delivery failed, Stripe would still need this one to retry.
    expect(loser.status).toBe(409);
    expect(await loser.json()).toEqual({
      error: { code: 'EVENT_IN_PROGRESS', message: 'Another delivery of this event is being processed.' },
    });

    gate.resolve();
    expect(await statuses()).toEqual([200, 409]);
    expect(onUpdated).toHaveBeenCalledTimes(1);
    // Stripe's retry of the 409 now finds the event processed.
    const retry = await handle(await signedRequest(payload));
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('a handler that throws gets 500 with a generic body, and the redelivery runs it again', async () => {
    const { handle, onUpdated, logger, logged } = setup();
    const failure = new Error('database unavailable');
    onUpdated.mockRejectedValueOnce(failure);
    const payload = serialise(subscriptionUpdated('evt_retry'));

    const failed = await handle(await signedRequest(payload));
    expect(failed.status).toBe(500);
    const body = await failed.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'The webhook could not be processed; it will be retried.' },
    });
    expect(body).not.toContain('database unavailable');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining("'customer.subscription.updated' webhook handler threw"), {
      eventId: 'evt_retry',
      eventType: 'customer.subscription.updated',
      error: failure,
    });
    expect(logged()).not.toContain(PAYLOAD_CANARY);
    expect(logged()).not.toContain(SECRET);

    const redelivered = await handle(await signedRequest(payload));
    expect(redelivered.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(2);
    // Now it is processed for good.
    await handle(await signedRequest(payload));
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });

  test('the log capture sees what a failing handler puts in its error: the positive control for the checks above', async () => {
    const { handle, onUpdated, logged } = setup();
    onUpdated.mockRejectedValueOnce(new Error('capture-control-91c2 reached the log'));
    expect((await handle(await signedRequest(serialise(subscriptionUpdated('evt_control'))))).status).toBe(500);
    expect(logged()).toContain('capture-control-91c2 reached the log');
    expect(logged()).toContain("portalkit: the 'customer.subscription.updated' webhook handler threw");
  });

  test('a handler error quoting a session URL reaches the log scrubbed, the webhook handler’s log like the portal’s', async () => {
    const token = 'test_YWNjdF8xUGdhZm1CN1daMDF6Z2tXLF9RWGhWbkMy';
    const { handle, onUpdated, logged } = setup();
    onUpdated.mockRejectedValueOnce(new Error(`could not fetch http://127.0.0.1:12111/p/session/${token}`));
    expect((await handle(await signedRequest(serialise(subscriptionUpdated('evt_scrub'))))).status).toBe(500);
    expect(logged()).toContain('could not fetch [redacted session URL]');
    expect(logged()).not.toContain(token.slice(5, 13));
  });

  test('a handler that throws synchronously is treated the same', async () => {
    const { handle, onUpdated } = setup();
    onUpdated.mockImplementationOnce(() => {
      throw new TypeError('bug');
    });
    const payload = serialise(subscriptionUpdated('evt_sync_throw'));
    expect((await handle(await signedRequest(payload))).status).toBe(500);
    expect((await handle(await signedRequest(payload))).status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });

  test('when the in-flight delivery fails, the delivery Stripe retries runs the handler', async () => {
    const { handle, onUpdated, gate, payload, loser, statuses } = await deliverTwiceAtOnce('evt_race_fail');
    expect(loser.status).toBe(409);
    gate.reject(new Error('timeout talking to the database'));
    expect(await statuses()).toEqual([409, 500]);
    expect((await handle(await signedRequest(payload))).status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });

  test('an event type without a handler gets 200 and touches no store', async () => {
    const store = createMemoryEventStore();
    const claim = vi.spyOn(store, 'claim');
    const { handle, onUpdated } = setup({ store });
    for (const type of ['invoice.paid', 'some.future_event', 'constructor', '__proto__']) {
      const response = await handle(await signedRequest(serialise(subscriptionUpdated(`evt_${type}`, type))));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true, handled: false });
    }
    expect(onUpdated).not.toHaveBeenCalled();
    expect(claim).not.toHaveBeenCalled();
  });

  test('a custom store decides what counts as processed', async () => {
    const store: WebhookEventStore = { claim: async () => 'processed', complete: vi.fn(), release: vi.fn() };
    const { handle, onUpdated } = setup({ store });
    const response = await handle(await signedRequest(serialise(subscriptionUpdated())));
    expect(await response.json()).toEqual({ received: true, duplicate: true });
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('a store that cannot claim gets 500 and the handler does not run', async () => {
    const storeError = new Error('connection refused');
    const store: WebhookEventStore = { claim: () => Promise.reject(storeError), complete: vi.fn(), release: vi.fn() };
    const { handle, onUpdated, logger } = setup({ store });
    const response = await handle(await signedRequest(serialise(subscriptionUpdated('evt_store_down'))));
    expect(response.status).toBe(500);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('failed to claim'),
      expect.objectContaining({ eventId: 'evt_store_down', error: storeError }),
    );
  });

  test('a store that cannot release still answers 500, and says so in the log', async () => {
    const store: WebhookEventStore = {
      claim: async () => 'claimed',
      complete: vi.fn(),
      release: () => {
        throw new Error('release failed');
      },
    };
    const { handle, onUpdated, logger } = setup({ store });
    onUpdated.mockRejectedValueOnce(new Error('handler failed'));
    expect((await handle(await signedRequest(serialise(subscriptionUpdated())))).status).toBe(500);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('failed to release'), expect.any(Object));
    expect(store.complete).not.toHaveBeenCalled();
  });

  test('a store that cannot record completion still answers 200: the handler’s work is done', async () => {
    const store: WebhookEventStore = {
      claim: async () => 'claimed',
      complete: () => Promise.reject(new Error('write failed')),
      release: vi.fn(),
    };
    const { handle, onUpdated, logger } = setup({ store });
    const response = await handle(await signedRequest(serialise(subscriptionUpdated())));
    expect(response.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
    expect(store.release).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('failed to record'), expect.any(Object));
  });
});
