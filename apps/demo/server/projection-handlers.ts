import type { WebhookEventHandlers } from '@portalkit/server';
import type { BillingProjection } from './billing-projection';

/**
 * The webhook handlers that keep the projection current: one per event the portal's actions, Checkout and renewals cause.
 *
 * @example
 * createWebhookHandler({ stripe, secret, on: createProjectionHandlers(projection) });
 */
export function createProjectionHandlers(projection: BillingProjection): WebhookEventHandlers {
  return {
    'customer.subscription.created': (event) => projection.apply(event),
    'customer.subscription.updated': (event) => projection.apply(event),
    'customer.subscription.deleted': (event) => projection.apply(event),
    'customer.subscription.paused': (event) => projection.apply(event),
    'customer.subscription.resumed': (event) => projection.apply(event),
    'customer.updated': (event) => projection.apply(event),
    'payment_method.attached': (event) => projection.apply(event),
    'invoice.payment_failed': (event) => projection.apply(event),
    'invoice.paid': (event) => projection.apply(event),
  };
}
