import type { BillingSubscription } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { toBillingView } from './billing-view';
import { renewalLine, subscriptionStatus } from './subscription-status';
import { billingState, billingSubscription, PERIOD_END } from './testing/billing-state-fixtures';

const DAY = 86_400;

function viewOf(subscription: BillingSubscription) {
  const state = billingState({ subscriptions: [subscription] });
  return toBillingView(state, []).subscriptions[0]!;
}

describe('a subscription card’s tag and renewal line', () => {
  it('an active subscription renews on its period end', () => {
    const view = viewOf(billingSubscription());
    expect(subscriptionStatus(view)).toEqual({ label: 'Active', tone: 'ok' });
    expect(renewalLine(view)).toBe('Renews on Jan 1, 2027');
  });

  it('a scheduled cancellation shows as "Cancels on …", in amber, whichever way Stripe records it', () => {
    for (const subscription of [
      billingSubscription({ cancelAtPeriodEnd: true }),
      billingSubscription({ cancelAt: PERIOD_END }),
    ]) {
      const view = viewOf(subscription);
      expect(subscriptionStatus(view)).toEqual({ label: 'Cancels on Jan 1, 2027', tone: 'ending' });
      expect(renewalLine(view)).toBe('Ends on Jan 1, 2027. You keep your plan until then.');
    }
  });

  it('a pause shows as "Paused until …", or "Paused" when it lasts until the customer resumes', () => {
    const until = viewOf(billingSubscription({ pauseCollection: { behavior: 'void', resumesAt: PERIOD_END + 31 * DAY } }));
    expect(subscriptionStatus(until)).toEqual({ label: 'Paused until Feb 1, 2027', tone: 'paused' });
    expect(renewalLine(until)).toBe('Payments resume on Feb 1, 2027');
    const open = viewOf(billingSubscription({ pauseCollection: { behavior: 'void', resumesAt: null } }));
    expect(subscriptionStatus(open)).toEqual({ label: 'Paused', tone: 'paused' });
    expect(renewalLine(open)).toBe('Paused until you resume payments');
  });

  it('a failed payment outranks a pause or a cancellation', () => {
    const view = viewOf(billingSubscription({ status: 'past_due', cancelAtPeriodEnd: true }));
    expect(subscriptionStatus(view)).toEqual({ label: 'Past due', tone: 'problem' });
  });

  it('an ended subscription says so and has no renewal', () => {
    const view = viewOf(billingSubscription({ status: 'canceled' }));
    expect(subscriptionStatus(view)).toEqual({ label: 'Ended', tone: 'ended' });
    expect(renewalLine(view)).toBeNull();
  });

  it('a trial says "Free trial"', () => {
    expect(subscriptionStatus(viewOf(billingSubscription({ status: 'trialing' })))).toEqual({ label: 'Free trial', tone: 'ok' });
  });
});
