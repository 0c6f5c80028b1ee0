import type Stripe from 'stripe';
import type { PortalRequest } from './portal-request';

/** A task a page performs; the names are `flow_data.type`'s. */
export type PortalTask =
  | 'customer_update'
  | 'payment_method_update'
  | 'subscription_cancel'
  | 'subscription_pause'
  | 'subscription_update'
  | 'subscription_update_confirm';

/** Why a page will not open, in words for the customer. */
export interface AccessRefusal {
  status: number;
  title: string;
  message: string;
  /** The visit's deep-linked task is already done: show where things stand, not a dead end. */
  done?: true;
}

/** Whether the configuration's features allow `task` at all. */
export function isTaskEnabled(configuration: Stripe.BillingPortal.Configuration, task: PortalTask): boolean {
  const { features } = configuration;
  switch (task) {
    case 'customer_update':
      return features.customer_update.enabled && features.customer_update.allowed_updates.length > 0;
    case 'payment_method_update':
      return features.payment_method_update.enabled;
    case 'subscription_cancel':
      return features.subscription_cancel.enabled;
    case 'subscription_pause':
      return features.subscription_pause.enabled;
    case 'subscription_update':
    case 'subscription_update_confirm':
      // "When empty, subscriptions are not updateable" (stripe@23.1.0 types, default_allowed_updates).
      return features.subscription_update.enabled && features.subscription_update.default_allowed_updates.length > 0;
  }
}

/**
 * Whether the homepage and its links are open. A deep link hides the portal's navigation (Stripe's
 * deep-link docs) until its task is done and `after_completion` leads back to the homepage.
 */
export function isNavigationOpen(request: PortalRequest): boolean {
  const { flow, state } = request;
  return flow === null || (state.flowDone && flow.after_completion.type === 'portal_homepage');
}

/** The subscription a deep link is about, if its type names one. */
export function flowSubscriptionId(flow: Stripe.BillingPortal.Session.Flow): string | null {
  const part =
    flow.subscription_cancel ?? flow.subscription_update ?? flow.subscription_update_confirm ?? flow.subscription_pause;
  return part?.subscription ?? null;
}

/**
 * Checks that this visit may open `task` (for `subscriptionId`): the configuration allows it (it may
 * have changed since the session was created), the visit is either on the homepage's navigation or
 * on its own deep link, and the subscription is the customer's and not canceled. Returns the
 * subscription when one was asked for.
 *
 * @example
 * const access = checkAccess(request, 'subscription_cancel', c.req.param('subscription'));
 * if (!access.ok) return renderRefusal(request, access.refusal);
 */
export function checkAccess(
  request: PortalRequest,
  task: PortalTask,
  subscriptionId?: string,
): { ok: true; subscription: Stripe.Subscription | null } | { ok: false; refusal: AccessRefusal } {
  if (!isTaskEnabled(request.configuration, task)) {
    return refuse(403, 'Not available', 'This business does not let customers do this in the portal.');
  }
  const { flow, state } = request;
  if (!isNavigationOpen(request)) {
    const ownFlow = flow !== null && flow.type === task && (subscriptionId ?? null) === flowSubscriptionId(flow);
    if (!ownFlow) return refuse(403, 'Not available', 'This portal link was opened for a different task.');
    if (state.flowDone) {
      return {
        ok: false,
        refusal: { status: 409, title: 'Already done', message: 'You have already completed this task.', done: true },
      };
    }
  } else if (task === 'subscription_update_confirm') {
    // The change to confirm comes from the session's flow_data; without a deep link there is none.
    return refuse(403, 'Not available', 'There is no subscription change to confirm.');
  }
  if (subscriptionId === undefined) return { ok: true, subscription: null };
  const subscription = request.emulator.store.subscriptions.get(subscriptionId);
  if (!subscription || subscription.customer !== request.customer.id) {
    return refuse(404, 'Subscription not found', 'This subscription does not exist or belongs to someone else.');
  }
  if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') {
    return refuse(409, 'Subscription ended', 'This subscription has already ended.');
  }
  return { ok: true, subscription };
}

function refuse(status: number, title: string, message: string): { ok: false; refusal: AccessRefusal } {
  return { ok: false, refusal: { status, title, message } };
}
