import Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { signPayload } from './sign';

const stripe = new Stripe('sk_test_unused');
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await receiver?.close();
});

async function deliverOne(
  options: Parameters<typeof createStripeEmulator>[0] = {},
  before?: (emulator: ReturnType<typeof createStripeEmulator>) => void,
) {
  receiver = await startWebhookReceiver();
  const emulator = createStripeEmulator({ webhookEndpoints: [receiver.url], ...options });
  before?.(emulator);
  emulator.actions.updateCustomerDetails(DEMO_IDS.customers.active, { name: 'Ada King' });
  await emulator.webhooks.waitForIdle();
  const [delivery] = receiver.received;
  if (!delivery?.signature) throw new Error('no signed delivery arrived');
  return { emulator, body: delivery.body, signature: delivery.signature, delivery };
}

describe('webhook signatures', () => {
  it('are accepted by the real SDK’s constructEventAsync', async () => {
    const { emulator, body, signature, delivery } = await deliverOne();
    expect(emulator.webhooks.secret).toMatch(/^whsec_/);
    expect(delivery.contentType).toBe('application/json; charset=utf-8');
    const event = await stripe.webhooks.constructEventAsync(body, signature, emulator.webhooks.secret);
    expect(event.type).toBe('customer.updated');
    expect(event).toMatchObject({
      object: 'event',
      api_version: '2026-10-28.endive',
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    });
    expect(event.id).toMatch(/^evt_/);
    expect(event.data.previous_attributes).toEqual({ name: 'Ada Lovelace' });
  });

  it('carry wall time in t= when the emulator clock was moved on, while the event keeps emulator time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-01T12:00:00Z'));
    const wall = Math.floor(Date.now() / 1000);
    const { emulator, body, signature } = await deliverOne({}, (e) => e.clock.advance(40 * 24 * 60 * 60));
    expect(signature).toMatch(new RegExp(`^t=${wall},v1=[0-9a-f]{64}$`));
    const event = await stripe.webhooks.constructEventAsync(body, signature, emulator.webhooks.secret);
    expect(event.created).toBe(wall + 40 * 24 * 60 * 60);
    expect(emulator.webhooks.deliveries[0]?.attempts[0]).toMatchObject({ at: event.created, signedAt: wall });
  });

  it('carry wall time in t= from a frozen clock set in the past, so receivers accept them', async () => {
    const { emulator, body, signature } = await deliverOne({ clock: 'frozen', startTime: 1_500_000_000 });
    const event = await stripe.webhooks.constructEventAsync(body, signature, emulator.webhooks.secret);
    expect(event.created).toBe(1_500_000_000);
    const signedAt = Number(/^t=(\d+),/.exec(signature)?.[1]);
    expect(Math.abs(signedAt - Date.now() / 1000)).toBeLessThan(60);
  });

  it('are rejected when the body is tampered with', async () => {
    const { emulator, body, signature } = await deliverOne();
    const tampered = body.replace('Ada King', 'Mallory');
    await expect(stripe.webhooks.constructEventAsync(tampered, signature, emulator.webhooks.secret)).rejects.toThrow(
      /No signatures found matching the expected signature/,
    );
  });

  it('are rejected when the signature or the secret is wrong', async () => {
    const { emulator, body, signature } = await deliverOne();
    const flipped = signature.replace(/v1=(.)/, (_m, c: string) => `v1=${c === '0' ? '1' : '0'}`);
    await expect(stripe.webhooks.constructEventAsync(body, flipped, emulator.webhooks.secret)).rejects.toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    await expect(stripe.webhooks.constructEventAsync(body, signature, 'whsec_another')).rejects.toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('match Stripe’s own test header for the same payload, secret and time', async () => {
    const payload = '{"id":"evt_1"}';
    const expected = await stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: 'whsec_abc',
      timestamp: 1_800_000_000,
    });
    expect(signPayload(payload, 'whsec_abc', 1_800_000_000)).toBe(expected);
  });
});
