import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import type { SUBSCRIPTION_FLOWS, PortalFlow } from './flows';
import type { KnownMembers } from './known-members';
import type { PortalLocale } from './locales';
import type { PortalSessionRequest } from './wire';

test('the flow list covers every flow the pinned SDK knows, and no other', () => {
  expectTypeOf<PortalFlow>().toEqualTypeOf<KnownMembers<Stripe.BillingPortal.SessionCreateParams.FlowData.Type>>();
  expectTypeOf<PortalFlow>().toEqualTypeOf<
    | 'payment_method_update'
    | 'subscription_cancel'
    | 'subscription_update'
    | 'subscription_update_confirm'
    | 'customer_update'
    | 'subscription_pause'
  >();
  expectTypeOf<(typeof SUBSCRIPTION_FLOWS)[number]>().toExtend<PortalFlow>();
});

test('the locale list is exactly the SDK locale union', () => {
  expectTypeOf<PortalLocale>().toEqualTypeOf<KnownMembers<Stripe.BillingPortal.SessionCreateParams.Locale>>();
});

test('a subscription flow needs a subscription; update-confirm needs one item', () => {
  expectTypeOf({ flow: 'payment_method_update' } as const).toExtend<PortalSessionRequest>();
  expectTypeOf({ flow: 'subscription_cancel' } as const).not.toExtend<PortalSessionRequest>();
  expectTypeOf({ flow: 'subscription_cancel', subscription: 'sub_1' } as const).toExtend<PortalSessionRequest>();
  expectTypeOf({ flow: 'subscription_update_confirm', subscription: 'sub_1' } as const).not.toExtend<PortalSessionRequest>();
  expectTypeOf({
    flow: 'subscription_update_confirm',
    subscription: 'sub_1',
    items: [{ id: 'si_1', price: 'price_1' }],
  } as const).toExtend<PortalSessionRequest>();
});
