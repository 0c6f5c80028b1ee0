import { BillingError } from '@portalkit/protocol';
import { isStripeId } from '../core/stripe-id';
import type { CheckoutCustomer } from './checkout-handler-options';
import type { ResolvedCheckoutOptions } from './resolve-checkout-options';
import { stripeFailure } from '../core/stripe-failure';

/** The buyer once known: a Stripe customer, and the app's user ID when the app gave one. */
export interface CheckoutBuyer {
  customerId: string;
  appUserId: string | undefined;
}

type Creations = { run(key: string, work: () => Promise<string>): Promise<string> };

/**
 * Asks the app's auth who is buying, and creates the Stripe customer when the app has none yet.
 *
 * A customer is created once per app user: the request carries the idempotency key
 * `portalkit-customer-<appUserId>`, so a retry, a second tab or another server process within
 * Stripe's 24 hours of key retention gets the same customer back (https://docs.stripe.com/idempotency),
 * and concurrent requests in this process share one call (`creations`), since Stripe answers a
 * second request with a key still in flight with a 409. The app is told through `onCustomerCreated`.
 */
export async function resolveCheckoutCustomer<TContext>(
  request: Request,
  context: TContext,
  options: ResolvedCheckoutOptions<TContext>,
  creations: Creations,
): Promise<CheckoutBuyer> {
  const customer = await options.getCustomer(request, context);
  if (customer === null || customer === undefined) {
    throw new BillingError('UNAUTHENTICATED', 'Sign in to subscribe: getCustomer returned nobody.');
  }
  if ('customerId' in customer) return knownCustomer(customer, options);
  const details = (customer as Partial<Extract<CheckoutCustomer, { create: unknown }>>).create;
  if (typeof details?.email !== 'string' || !isAppUserId(details.appUserId)) {
    options.logger.error('getCustomer returned neither { customerId } nor { create: { email, appUserId } }.', {
      type: typeof customer,
    });
    throw new BillingError('SERVER_MISCONFIGURED', 'The server could not tell who is subscribing.');
  }
  const { email, name, appUserId } = details;
  const customerId = await creations.run(appUserId, async () => {
    const created = await options.stripe.customers
      .create(
        { email, ...(name === undefined ? {} : { name }), metadata: { app_user_id: appUserId } },
        { idempotencyKey: `portalkit-customer-${appUserId}` },
      )
      .catch(stripeFailure('create_customer', options.logger));
    if (options.onCustomerCreated) await options.onCustomerCreated({ customerId: created.id, appUserId });
    return created.id;
  });
  return { customerId, appUserId };
}

function knownCustomer<TContext>(
  customer: { customerId: string; appUserId?: string },
  options: ResolvedCheckoutOptions<TContext>,
): CheckoutBuyer {
  const { customerId, appUserId } = customer;
  if (!isStripeId(customerId, 'cus_') || (appUserId !== undefined && !isAppUserId(appUserId))) {
    // The shape, not the value: it may be the app's own user ID or something more private.
    options.logger.error('getCustomer returned a customerId that is not a Stripe customer ID (cus_...), or a bad appUserId.', {
      type: typeof customerId,
    });
    throw new BillingError('SERVER_MISCONFIGURED', 'The server could not tell which Stripe customer is signed in.');
  }
  return { customerId, appUserId };
}

// An idempotency key is at most 255 characters (https://docs.stripe.com/api/idempotent_requests), and
// `client_reference_id` at most 200; the ID also goes into metadata, whose values hold at most 500.
function isAppUserId(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // Control characters would end up in a header (the idempotency key) and in logs.
    if (unit < 0x20 || unit === 0x7f) return false;
  }
  return true;
}
