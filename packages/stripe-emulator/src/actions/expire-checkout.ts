import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import type { ActionOptions } from './change-subscription';

/**
 * Expires an open Checkout Session: `status: 'expired'`, `url: null`, and `checkout.session.expired`.
 * Only open sessions can be expired (https://docs.stripe.com/api/checkout/sessions/expire); the
 * wording of the refusal is the emulator's.
 *
 * @example
 * expireCheckoutSession(ctx, 'cs_test_...');
 */
export function expireCheckoutSession(
  ctx: EmulatorContext,
  id: string,
  options: ActionOptions & { status?: number } = {},
): Stripe.Checkout.Session {
  const record = ctx.store.checkoutSessions.get(id);
  if (!record) throw resourceMissing('checkout.session', id, 'id', options.status ?? 400);
  if (record.session.status !== 'open') {
    throw new StripeApiError(
      `This Checkout Session is ${record.session.status} and can no longer be expired; only open sessions can.`,
      { param: 'session' },
    );
  }
  record.session = { ...record.session, status: 'expired', url: null };
  ctx.emit('checkout.session.expired', record.session, { request: options.request });
  return record.session;
}

/** Expires every open session whose `expires_at` has come (called as the clock moves). */
export function expireDueCheckoutSessions(ctx: EmulatorContext): void {
  const now = ctx.clock.now();
  for (const record of ctx.store.checkoutSessions.list().reverse()) {
    if (record.session.status === 'open' && record.session.expires_at <= now) expireCheckoutSession(ctx, record.id);
  }
}
