import { afterEach, describe, expect, it } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';
import { startEmulator } from '../testing/start-emulator';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { backoffDelay } from './create-dispatcher';

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
async function receiver(options?: Parameters<typeof startWebhookReceiver>[0]) {
  const started = await startWebhookReceiver(options);
  receivers.push(started);
  return started;
}
const fast = { initialDelayMs: 1, maxDelayMs: 4 };
const idsOf = (r: WebhookReceiver) => r.received.map((w) => (JSON.parse(w.body) as { id: string }).id);

describe('webhook delivery', () => {
  it('retries a failing endpoint until it answers 2xx, with the same event each time', async () => {
    const endpoint = await receiver({ failures: 2 });
    const emulator = createStripeEmulator({ webhookEndpoints: [endpoint.url], webhookRetry: { maxAttempts: 4, ...fast } });
    const event = emulator.context.emit('customer.updated', { id: 'cus_x', object: 'customer' });
    await emulator.webhooks.waitForIdle();
    expect(idsOf(endpoint)).toEqual([event.id, event.id, event.id]);
    const [delivery] = emulator.webhooks.deliveries;
    expect(delivery).toMatchObject({
      endpoint: endpoint.url,
      eventId: event.id,
      eventType: 'customer.updated',
      state: 'succeeded',
    });
    expect(delivery?.attempts.map((a) => [a.status, a.error])).toEqual([
      [500, 'HTTP 500'],
      [500, 'HTTP 500'],
      [200, null],
    ]);
  });

  it('backs off exponentially between tries, up to the cap', () => {
    const retry = { initialDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, retry))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('gives up after maxAttempts and records the failure', async () => {
    const endpoint = await receiver({ failures: 10 });
    const emulator = createStripeEmulator({ webhookEndpoints: [endpoint.url], webhookRetry: { maxAttempts: 3, ...fast } });
    emulator.context.emit('customer.updated', { id: 'cus_x' });
    await emulator.webhooks.waitForIdle();
    expect(emulator.webhooks.deliveries[0]).toMatchObject({ state: 'failed' });
    expect(emulator.webhooks.deliveries[0]?.attempts).toHaveLength(3);
  });

  it('counts a refused connection as a failed try', async () => {
    const gone = await startWebhookReceiver();
    await gone.close();
    const emulator = createStripeEmulator({ webhookEndpoints: [gone.url], webhookRetry: { maxAttempts: 2, ...fast } });
    emulator.context.emit('customer.updated', { id: 'cus_x' });
    await emulator.webhooks.waitForIdle();
    const attempts = emulator.webhooks.deliveries[0]?.attempts ?? [];
    expect(attempts.map((a) => a.status)).toEqual([null, null]);
    expect(attempts[0]?.error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('keeps order per endpoint: a later event waits for an earlier one’s retries', async () => {
    const endpoint = await receiver({ failures: 1 });
    const healthy = await receiver();
    const emulator = createStripeEmulator({ webhookEndpoints: [endpoint.url, healthy.url], webhookRetry: fast });
    const events = [1, 2, 3].map((n) => emulator.context.emit('customer.updated', { id: `cus_${n}` }));
    await emulator.webhooks.waitForIdle();
    const [first, second, third] = events.map((e) => e.id);
    expect(idsOf(endpoint)).toEqual([first, first, second, third]);
    expect(idsOf(healthy)).toEqual([first, second, third]);
    expect(events[0]?.pending_webhooks).toBe(2);
  });

  it('sends to endpoints added later, and not to removed ones', async () => {
    const a = await receiver();
    const b = await receiver();
    const emulator = createStripeEmulator({ webhookEndpoints: [a.url] });
    emulator.webhooks.add(b.url);
    emulator.webhooks.remove(a.url);
    emulator.context.emit('customer.updated', { id: 'cus_x' });
    await emulator.webhooks.waitForIdle();
    expect([a.received.length, b.received.length]).toEqual([0, 1]);
    expect(() => emulator.webhooks.add('ftp://nope')).toThrow(TypeError);
  });

  it('never holds up the API response, and stamps events with the request that caused them', async () => {
    const slow = await receiver({ hold: true });
    const running = await startEmulator({ webhookEndpoints: [slow.url] });
    try {
      const customer = await running.stripe.customers.update(
        DEMO_IDS.customers.active,
        { name: 'Ada King' },
        { idempotencyKey: 'rename-ada' },
      );
      expect(customer.name).toBe('Ada King');
      expect(running.emulator.webhooks.deliveries[0]?.state).toBe('pending');
      slow.release();
      await running.emulator.webhooks.waitForIdle();
      expect(running.emulator.webhooks.deliveries[0]?.state).toBe('succeeded');
      const event = JSON.parse(slow.received[0]?.body ?? '{}') as { request: { id: string; idempotency_key: string } };
      expect(event.request).toEqual({ id: expect.stringMatching(/^req_/), idempotency_key: 'rename-ada' });
    } finally {
      slow.release();
      await running.close();
    }
  });

  it('drops queued deliveries on reset', async () => {
    const endpoint = await receiver({ failures: 100 });
    const emulator = createStripeEmulator({
      webhookEndpoints: [endpoint.url],
      webhookRetry: { maxAttempts: 100, initialDelayMs: 50, maxDelayMs: 50 },
    });
    emulator.context.emit('customer.updated', { id: 'cus_x' });
    emulator.reset();
    await emulator.webhooks.waitForIdle();
    expect(emulator.webhooks.deliveries).toEqual([]);
    expect(endpoint.received.length).toBeLessThanOrEqual(1);
  });
});

describe('after close()', () => {
  it('still delivers events when the emulator listens again', async () => {
    const endpoint = await receiver();
    const running = await startEmulator({ webhookEndpoints: [endpoint.url] });
    await running.close();
    await running.emulator.listen(0);
    try {
      running.emulator.context.emit('customer.updated', { id: 'cus_x' });
      await running.emulator.webhooks.waitForIdle();
      expect(endpoint.received).toHaveLength(1);
    } finally {
      await running.emulator.close();
    }
  });
});
