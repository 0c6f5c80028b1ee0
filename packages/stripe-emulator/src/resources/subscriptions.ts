import type { Hono } from 'hono';
import type Stripe from 'stripe';
import { cancelSubscription } from '../actions/cancel-subscription';
import { changeSubscription } from '../actions/change-subscription';
import { requireSubscription } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { type ApiEnv, eventRequest } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { retrieveParams } from '../params/customer-params';
import { cancelSubscriptionParams, listSubscriptionParams, updateSubscriptionParams } from '../params/subscription-params';
import { readParams, respondWith } from './route-helpers';
import { writeSubscriptionFields } from './subscription-update';

/**
 * `/v1/subscriptions`: list (canceled ones excluded unless asked for), retrieve, update, cancel.
 * Creating subscriptions is left to the seed (Checkout is out of the emulator's scope).
 */
export function registerSubscriptionRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;

  app.get('/v1/subscriptions', (c) => {
    const { expand, customer, price, status, ...page } = readParams(c, listSubscriptionParams);
    const subscriptions = store.subscriptions
      .list()
      .filter((s) => matchesStatus(s, status) && (customer === undefined || s.customer === customer))
      .filter((s) => price === undefined || s.items.data.some((item) => item.price.id === price));
    return jsonResponse(expandObject(store, paginate(subscriptions, page, '/v1/subscriptions', 'subscription'), expand));
  });

  app.get('/v1/subscriptions/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return respondWith(ctx, requireSubscription(ctx, c.req.param('id'), 'id', 404), expand);
  });

  app.post('/v1/subscriptions/:id', (c) => {
    const { expand, proration_behavior: _proration, proration_date: _date, ...fields } = readParams(c, updateSubscriptionParams);
    const id = c.req.param('id');
    requireSubscription(ctx, id, 'id', 404);
    const subscription = changeSubscription(ctx, id, (copy) => writeSubscriptionFields(ctx, copy, fields), {
      request: eventRequest(c),
    });
    return respondWith(ctx, subscription, expand);
  });

  app.delete('/v1/subscriptions/:id', (c) => {
    const { expand, cancellation_details } = readParams(c, cancelSubscriptionParams);
    const id = c.req.param('id');
    requireSubscription(ctx, id, 'id', 404);
    const subscription = cancelSubscription(ctx, id, {
      mode: 'immediately',
      feedback: cancellation_details?.feedback ?? null,
      comment: cancellation_details?.comment ?? null,
      request: eventRequest(c),
    });
    return respondWith(ctx, subscription, expand);
  });
}

// With no status, every subscription that is not canceled (the `status` description in the
// github.com/stripe/openapi `spec3` and in stripe-node `SubscriptionListParams`).
function matchesStatus(subscription: Stripe.Subscription, status: string | undefined): boolean {
  if (status === 'all') return true;
  if (status === 'ended') return subscription.status === 'canceled' || subscription.status === 'incomplete_expired';
  if (status === undefined) return subscription.status !== 'canceled';
  return subscription.status === status;
}
