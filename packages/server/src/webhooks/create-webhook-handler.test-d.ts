import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import { createWebhookHandler } from './create-webhook-handler';
import type { WebhookEventStore } from './event-store';
import { createMemoryEventStore } from './memory-event-store';
import type { WebhookEvent, WebhookEventHandler, WebhookEventHandlers, WebhookEventType, WebhookLogger } from './types';

declare const stripe: Stripe;
declare const secret: string;

test('each handler gets the precise event of its type', () => {
  createWebhookHandler({
    stripe,
    secret,
    on: {
      'customer.subscription.updated': (event) => {
        expectTypeOf(event).toEqualTypeOf<Stripe.CustomerSubscriptionUpdatedEvent>();
        expectTypeOf(event.type).toEqualTypeOf<'customer.subscription.updated'>();
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.Subscription>();
        expectTypeOf(event.data.previous_attributes).toEqualTypeOf<Partial<Stripe.Subscription> | undefined>();
      },
      'customer.subscription.deleted': async (event) => {
        expectTypeOf(event).toEqualTypeOf<Stripe.CustomerSubscriptionDeletedEvent>();
      },
      'payment_method.attached': (event) => {
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.PaymentMethod>();
      },
      'customer.updated': (event) => {
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.Customer>();
      },
      'billing_portal.session.created': (event) => {
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.BillingPortal.Session>();
      },
    },
  });
});

test('WebhookEvent picks one member out of the SDK union', () => {
  expectTypeOf<WebhookEvent<'customer.subscription.updated'>>().toEqualTypeOf<Stripe.CustomerSubscriptionUpdatedEvent>();
  expectTypeOf<WebhookEvent<'customer.subscription.updated' | 'customer.subscription.deleted'>>().toEqualTypeOf<
    Stripe.CustomerSubscriptionUpdatedEvent | Stripe.CustomerSubscriptionDeletedEvent
  >();
  expectTypeOf<WebhookEvent>().toEqualTypeOf<Stripe.Event>();
  expectTypeOf<WebhookEventType>().toEqualTypeOf<Stripe.Event.Type>();
});

test('a misspelt event type or a handler for the wrong event does not compile', () => {
  createWebhookHandler({
    stripe,
    secret,
    on: {
      // @ts-expect-error: no such event type
      'customer.subscription.updatd': () => {},
    },
  });
  createWebhookHandler({
    stripe,
    secret,
    on: {
      // @ts-expect-error: a customer.updated handler cannot take a subscription event
      'customer.updated': (_event: Stripe.CustomerSubscriptionUpdatedEvent) => {},
    },
  });
  // @ts-expect-error: the event's object is a Subscription, which has no `email`
  const readsEmail: WebhookEventHandler<'customer.subscription.updated'> = (event) => event.data.object.email;
  void readsEmail;
});

test('handlers may return anything, sync or async; a handler map can be declared apart', () => {
  const on: WebhookEventHandlers = {
    'customer.subscription.updated': async () => 42,
    'customer.subscription.deleted': () => 'ignored',
  };
  expectTypeOf(createWebhookHandler({ stripe, secret, on })).toEqualTypeOf<(request: Request) => Promise<Response>>();
});

test('stores and loggers are plain interfaces', () => {
  expectTypeOf(createMemoryEventStore()).toEqualTypeOf<WebhookEventStore>();
  expectTypeOf(console).toExtend<WebhookLogger>();
  expectTypeOf<ReturnType<WebhookEventStore['claim']>>().toEqualTypeOf<Promise<'claimed' | 'processing' | 'processed'>>();
});
