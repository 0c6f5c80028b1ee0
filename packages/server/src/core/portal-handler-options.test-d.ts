import type { PortalFlow } from '@portalkit/protocol';
import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import { createPortalHandler } from './create-portal-handler';
import type { PortalContext, PortalHandler, PortalHandlerOptions, PortalSessionCreatedEvent } from './portal-handler-options';

declare const stripe: Stripe;
const required = { stripe, getCustomerId: () => 'cus_1', returnUrl: 'https://app.example.com/account' };

test('the handler is a plain Fetch handler, usable as a Next.js route export', () => {
  const POST = createPortalHandler(required);
  expectTypeOf(POST).toEqualTypeOf<(request: Request, context?: unknown) => Promise<Response>>();
  expectTypeOf(POST).toEqualTypeOf<PortalHandler>();
});

test('a real Stripe client fits; a look-alike without the portal resource does not', () => {
  expectTypeOf(stripe).toExtend<PortalHandlerOptions['stripe']>();
  expectTypeOf({ customers: stripe.customers }).not.toExtend<PortalHandlerOptions['stripe']>();
});

test('stripe, getCustomerId and returnUrl are required', () => {
  expectTypeOf({ getCustomerId: required.getCustomerId, returnUrl: required.returnUrl }).not.toExtend<PortalHandlerOptions>();
  expectTypeOf({ stripe, returnUrl: required.returnUrl }).not.toExtend<PortalHandlerOptions>();
  expectTypeOf({ stripe, getCustomerId: required.getCustomerId }).not.toExtend<PortalHandlerOptions>();
});

test('getCustomerId may be sync or async and may return null', () => {
  createPortalHandler({ ...required, getCustomerId: () => null });
  createPortalHandler({ ...required, getCustomerId: async (request) => request.headers.get('x-customer') });
  // @ts-expect-error a number is not a customer ID
  createPortalHandler({ ...required, getCustomerId: () => 42 });
});

test('configuration is an ID or a function of the context', () => {
  createPortalHandler({ ...required, configuration: 'bpc_1' });
  createPortalHandler({
    ...required,
    configuration: async ({ flow, customerId }) => {
      expectTypeOf(customerId).toBeString();
      return flow === 'subscription_cancel' ? 'bpc_cancel' : undefined;
    },
  });
  // The protocol's flow list, whose six names flows.test-d.ts pins; undefined is the portal homepage.
  expectTypeOf<PortalContext['flow']>().toEqualTypeOf<PortalFlow | undefined>();
});

test('server-side policies are typed by flow and by Stripe locale', () => {
  createPortalHandler({
    ...required,
    locale: 'pt-BR',
    afterCompletion: { subscription_cancel: { type: 'hosted_confirmation', message: 'Sorry to see you go' } },
    discounts: [{ coupon: 'UP' }, { promotionCode: 'promo_1' }],
  });
  // @ts-expect-error not a Stripe portal locale
  createPortalHandler({ ...required, locale: 'klingon' });
  // @ts-expect-error not a flow
  createPortalHandler({ ...required, afterCompletion: { checkout: { type: 'redirect' } } });
  // @ts-expect-error a message belongs to hosted_confirmation only
  createPortalHandler({ ...required, afterCompletion: { customer_update: { type: 'portal_homepage', message: 'x' } } });
  // @ts-expect-error a discount is a coupon or a promotion code, not both
  createPortalHandler({ ...required, discounts: [{ coupon: 'UP', promotionCode: 'promo_1' }] });
});

test('onSessionCreated never sees the session URL', () => {
  expectTypeOf<PortalSessionCreatedEvent>().not.toHaveProperty('url');
  expectTypeOf<keyof PortalSessionCreatedEvent>().toEqualTypeOf<
    'request' | 'context' | 'customerId' | 'flow' | 'subscription' | 'sessionId' | 'livemode'
  >();
});

test('console is a logger', () => {
  createPortalHandler({ ...required, logger: console });
});

test('who may post and where customers may return are separate lists of origins', () => {
  createPortalHandler({ ...required, allowedOrigins: ['https://app.example.com'], returnOrigins: ['https://www.example.com'] });
  expectTypeOf<PortalHandlerOptions['allowedOrigins']>().toEqualTypeOf<readonly string[] | undefined>();
  expectTypeOf<PortalHandlerOptions['returnOrigins']>().toEqualTypeOf<readonly string[] | undefined>();
  // @ts-expect-error a list of origins, not one origin
  createPortalHandler({ ...required, returnOrigins: 'https://www.example.com' });
});

test('the body deadline is a number of milliseconds', () => {
  createPortalHandler({ ...required, bodyTimeoutMs: 5_000 });
  expectTypeOf<PortalHandlerOptions['bodyTimeoutMs']>().toEqualTypeOf<number | undefined>();
  // @ts-expect-error milliseconds as a number, not a duration string
  createPortalHandler({ ...required, bodyTimeoutMs: '5s' });
});
