import Stripe from 'stripe';
import { vi } from 'vitest';
import { createWebhookHandler } from '../webhooks/create-webhook-handler';
import type { PortalkitLogger } from '../core/portal-setting-types';
import type { WebhookHandlerOptions } from '../webhooks/types';

/*
 * Test helpers for the webhook handler: real SDK signing, real Requests. Not exported from the package.
 */

export const stripe = new Stripe('sk_test_webhooks_never_calls_the_api');
export const SECRET = 'whsec_test_5fd2c1b0a7e94f3d8c6b';
export const WEBHOOK_URL = 'https://app.example/webhooks/stripe';
// Planted in every payload, to prove no log line carries the body.
export const PAYLOAD_CANARY = 'payload-canary-4e1f';

/** A `customer.subscription.updated` event shaped like Stripe's (the `event` schema of github.com/stripe/openapi). */
export function subscriptionUpdated(id = 'evt_1Pgc76B7WZ01zgkWwyRHS12y', type = 'customer.subscription.updated') {
  return {
    id,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: 1761900000,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: 'sub_1Pgc6rB7WZ01zgkWNy0Cn5nw',
        object: 'subscription',
        customer: 'cus_QXg1o8vcGmoR32',
        status: 'active',
        cancel_at_period_end: true,
        items: {
          object: 'list',
          data: [
            {
              id: 'si_QXhVnC2h0Jczwc',
              object: 'subscription_item',
              quantity: 1,
              price: { id: 'price_1PgafmB7WZ01zgkW6dKueIc5', object: 'price', unit_amount: 2000 },
            },
          ],
          has_more: false,
          url: '/v1/subscription_items?subscription=sub_1Pgc6rB7WZ01zgkWNy0Cn5nw',
        },
        metadata: { note: 'Zoë’s plan ✓', canary: PAYLOAD_CANARY },
      },
      previous_attributes: { cancel_at_period_end: false },
    },
  };
}

/** Stripe sends pretty-printed JSON; any re-serialisation on our side would break its signature. */
export const serialise = (event: object) => JSON.stringify(event, null, 2);

export interface DeliveryOptions {
  secret?: string;
  timestamp?: number;
  /** Replaces the real header; `null` sends none. */
  header?: string | null;
}

export async function signedRequest(payload: string, options: DeliveryOptions = {}): Promise<Request> {
  const header =
    options.header !== undefined
      ? options.header
      : await stripe.webhooks.generateTestHeaderStringAsync({
          payload,
          secret: options.secret ?? SECRET,
          ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
        });
  const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8' });
  if (header !== null) headers.set('Stripe-Signature', header);
  return new Request(WEBHOOK_URL, { method: 'POST', headers, body: payload });
}

/**
 * A logger that records every call, and `everything()`: all of it as one JSON text, errors included, to
 * search for what must never be logged. Tests that search it for an absence also check a presence, so
 * they cannot pass by capturing nothing.
 */
export function recordingLogger() {
  const logger = { warn: vi.fn<NonNullable<PortalkitLogger['warn']>>(), error: vi.fn<PortalkitLogger['error']>() };
  const everything = () =>
    JSON.stringify([...logger.warn.mock.calls, ...logger.error.mock.calls], (_key, value: unknown) =>
      value instanceof Error ? { message: value.message, stack: value.stack } : value,
    );
  return { logger, everything };
}

export function setup(overrides: Partial<WebhookHandlerOptions> = {}) {
  const onUpdated = vi.fn<(event: Stripe.CustomerSubscriptionUpdatedEvent) => unknown>();
  const { logger, everything } = recordingLogger();
  const handle = createWebhookHandler({
    stripe,
    secret: SECRET,
    on: { 'customer.subscription.updated': onUpdated },
    logger,
    ...overrides,
  });
  return { handle, onUpdated, logger, logged: everything };
}
