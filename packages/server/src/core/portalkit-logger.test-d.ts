import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import {
  createPortalHandler,
  createWebhookHandler,
  type PortalkitLogger,
  type PortalLogger,
  type WebhookEventStore,
  type WebhookLogger,
} from '../index';

declare const stripe: Stripe;

test('both handlers take the one logger type, console, an error-only logger, or false', () => {
  expectTypeOf(console).toExtend<PortalkitLogger>();
  expectTypeOf<{ error(message: string): void }>().toExtend<PortalkitLogger>();
  expectTypeOf<PortalLogger>().toEqualTypeOf<PortalkitLogger>();
  expectTypeOf<WebhookLogger>().toEqualTypeOf<PortalkitLogger>();
  for (const logger of [console, { error: () => undefined }, false] as const) {
    createPortalHandler({ stripe, getCustomerId: () => null, returnUrl: 'https://app.example.com', logger });
    createWebhookHandler({ stripe, secret: 'whsec_x', on: {}, logger });
  }
  // @ts-expect-error: true is not a logger; only false silences
  createWebhookHandler({ stripe, secret: 'whsec_x', on: {}, logger: true });
  createPortalHandler({
    stripe,
    getCustomerId: () => null,
    returnUrl: 'https://app.example.com',
    // @ts-expect-error: a logger needs error()
    logger: { warn: () => undefined },
  });
});

test('a store takes the delivery’s owner token in claim, complete and release', () => {
  expectTypeOf<WebhookEventStore['claim']>().parameters.toEqualTypeOf<[eventId: string, owner: string]>();
  expectTypeOf<WebhookEventStore['complete']>().parameters.toEqualTypeOf<[eventId: string, owner: string]>();
  expectTypeOf<WebhookEventStore['release']>().parameters.toEqualTypeOf<[eventId: string, owner: string]>();
});
