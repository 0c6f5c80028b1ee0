import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import { createWebhookHandler } from '../webhooks/create-webhook-handler';
import { createPortalHandler } from './create-portal-handler';
import type { PortalHandler } from './portal-handler-options';

declare const stripe: Stripe;
const returnUrl = 'https://app.example.com/account';

interface AppSession {
  customerId: string | null;
}

test('options given as a function type the handler exactly as the object does', () => {
  const plain = createPortalHandler(() => ({ stripe, returnUrl, getCustomerId: () => 'cus_1' }));
  expectTypeOf(plain).toEqualTypeOf<PortalHandler<unknown>>();

  const inferred = createPortalHandler(() => ({
    stripe,
    returnUrl,
    getCustomerId: (_request: Request, session: AppSession) => session.customerId,
  }));
  expectTypeOf(inferred).toEqualTypeOf<PortalHandler<AppSession>>();

  const explicit = createPortalHandler<AppSession>(async () => ({
    stripe,
    returnUrl,
    getCustomerId: (_request, session) => session.customerId,
  }));
  expectTypeOf(explicit).toEqualTypeOf<PortalHandler<AppSession>>();

  // @ts-expect-error the function must return the options, not a Stripe client
  createPortalHandler(() => stripe);
});

test('webhook handlers given by a function still get the event typed for its type', () => {
  const handle = createWebhookHandler(() => ({
    stripe,
    secret: 'whsec_1',
    on: {
      'customer.subscription.updated': (event) => {
        expectTypeOf(event.data.object).toEqualTypeOf<Stripe.Subscription>();
      },
    },
  }));
  expectTypeOf(handle).toEqualTypeOf<(request: Request) => Promise<Response>>();
});
