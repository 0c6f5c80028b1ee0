import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PlanState } from '../../server/price-catalog';
import type { SubscriptionView } from '../billing-view';
import { plansQuery, sessionQuery } from '../api';
import { BillingDetails } from '../components/billing-details';
import { PastDueBanner } from '../components/past-due-banner';
import { PlanPicker } from '../components/plan-picker';
import { RenewalEmail } from '../components/renewal-email';
import { ReturnNotice } from '../components/return-notice';
import { SubscriptionCard } from '../components/subscription-card';
import { TestClockPanel } from '../components/test-clock-panel';
import { isPastDue } from '../past-due';
import { useAccountBilling } from '../use-account-billing';

/** A one-off note about how the customer got here: after a clock move. */
export type AccountNotice = 'renewed' | null;

const NOTICES: Record<Exclude<AccountNotice, null>, string> = {
  renewed: 'Demo: the test clock moved past your renewal date, so the renewal has run.',
};

export interface AccountPageProps {
  notice: AccountNotice;
  /** The app's origin, for the email's absolute link. */
  origin: string;
}

/**
 * The signed-in customer's billing, as the server projected it from Stripe's webhooks: the plans as
 * the next step for a customer with no subscription, one card per subscription with the portal tasks
 * that fit, the billing details, a banner when a renewal failed, and below them the demo's own aids
 * (the email the app would send, the test clock), marked as such.
 */
export function AccountPage({ notice, origin }: AccountPageProps): ReactNode {
  const { billing, returnNotice } = useAccountBilling();
  const { data: plans } = useSuspenseQuery(plansQuery);
  const { data: session } = useSuspenseQuery(sessionQuery);
  const live = billing.subscriptions.filter((subscription) => subscription.status !== 'canceled');
  const ended = billing.subscriptions.filter((subscription) => subscription.status === 'canceled');

  return (
    <>
      <h1>Your account</h1>
      <PastDueBanner billing={billing} />
      <ReturnNotice notice={returnNotice} />
      {notice && (
        <p className="callout" data-testid="account-notice">
          {NOTICES[notice]}
        </p>
      )}
      {live.length === 0 && <PlanPicker />}

      {billing.subscriptions.length > 0 && (
        <section aria-labelledby="subscriptions-heading" className="panel">
          <h2 id="subscriptions-heading">{live.length > 0 ? 'Your subscription' : 'Past subscriptions'}</h2>
          <SubscriptionList subscriptions={live} plans={plans} />
          {ended.length > 0 && live.length > 0 && <h3 className="subscription-list__heading">Ended</h3>}
          <SubscriptionList subscriptions={ended} plans={plans} />
        </section>
      )}
      <BillingDetails billing={billing} pastDue={isPastDue(billing)} />

      {billing.failedPayment && <RenewalEmail billing={billing} failed={billing.failedPayment} origin={origin} />}
      {session.mode.kind === 'emulator' && <TestClockPanel billing={billing} />}
    </>
  );
}

/** One card per subscription, in Stripe's order. */
function SubscriptionList({
  subscriptions,
  plans,
}: {
  subscriptions: readonly SubscriptionView[];
  plans: readonly PlanState[];
}): ReactNode {
  return (
    <ul className="subscription-list">
      {subscriptions.map((subscription) => (
        <li key={subscription.id}>
          <SubscriptionCard subscription={subscription} plans={plans} />
        </li>
      ))}
    </ul>
  );
}
