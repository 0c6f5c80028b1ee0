import Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkedBody, longBody, splitBytes, stalledBody, streamedRequest } from '../testing/test-streams';
import { createWebhookHandler } from './create-webhook-handler';
import { readRawBody } from './read-raw-body';

const stripe = new Stripe('sk_test_read_raw_body_never_calls_the_api');
const SECRET = 'whsec_test_read_raw_body';
const WEBHOOK_URL = 'https://app.example/webhooks/stripe';
// Pretty-printed and full of multi-byte characters, so a chunk boundary falls inside one.
const PAYLOAD = JSON.stringify(
  {
    id: 'evt_chunked',
    object: 'event',
    type: 'customer.subscription.updated',
    data: { object: { id: 'sub_1', metadata: { note: 'Zoë’s plan ✓ 😀'.repeat(20) } } },
  },
  null,
  2,
);

afterEach(() => {
  vi.useRealTimers();
});

function handlerWithLog() {
  const onUpdated = vi.fn();
  const logger = { warn: vi.fn(), error: vi.fn() };
  const handle = createWebhookHandler({ stripe, secret: SECRET, on: { 'customer.subscription.updated': onUpdated }, logger });
  return { handle, onUpdated, logger };
}

describe('readRawBody', () => {
  it.each([1, 3, 100])(
    'hands over a delivery that arrives in chunks of %i bytes byte for byte, so its signature verifies',
    async (size) => {
      const { handle, onUpdated } = handlerWithLog();
      const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload: PAYLOAD, secret: SECRET });
      const body = chunkedBody(splitBytes(new TextEncoder().encode(PAYLOAD), size));
      const response = await handle(
        streamedRequest(WEBHOOK_URL, body, { 'content-type': 'application/json', 'stripe-signature': header }),
      );
      expect(response.status).toBe(200);
      expect(onUpdated).toHaveBeenCalledTimes(1);
      expect(onUpdated.mock.calls[0]![0].data.object.metadata.note).toBe('Zoë’s plan ✓ 😀'.repeat(20));
    },
  );

  it('refuses a body whose chunks pass the limit, and cancels it', async () => {
    const body = longBody(10, 1000);
    expect(await readRawBody(streamedRequest(WEBHOOK_URL, body.stream, {}), 95)).toBeNull();
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThan(15);
  });

  it('gives up on a body that has not arrived within the deadline', async () => {
    const body = stalledBody(new TextEncoder().encode('{"id":'));
    await expect(readRawBody(streamedRequest(WEBHOOK_URL, body.stream, {}), 1024, 20)).rejects.toMatchObject({
      reason: 'timeout',
    });
    expect(body.cancelled()).toBe(true);
  });

  it('gives up on a body when the client hangs up', async () => {
    const controller = new AbortController();
    const body = stalledBody();
    const read = readRawBody(streamedRequest(WEBHOOK_URL, body.stream, {}, controller.signal), 1024, 3_600_000);
    controller.abort();
    await expect(read).rejects.toMatchObject({ reason: 'aborted' });
    expect(body.cancelled()).toBe(true);
  });
});

describe('createWebhookHandler: a delivery whose body never ends', () => {
  it('answers 400 after ten seconds with a warning, runs no handler, and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { handle, onUpdated, logger } = handlerWithLog();
    const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload: PAYLOAD, secret: SECRET });
    const answer = handle(
      streamedRequest(WEBHOOK_URL, stalledBody(new TextEncoder().encode('{')).stream, { 'stripe-signature': header }),
    );
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect((await answer).status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers 400 at once when the client hangs up mid-body', async () => {
    const { handle, onUpdated, logger } = handlerWithLog();
    const controller = new AbortController();
    const answer = handle(streamedRequest(WEBHOOK_URL, stalledBody().stream, {}, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    expect((await answer).status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });
});
