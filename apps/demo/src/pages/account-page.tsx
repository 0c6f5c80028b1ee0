import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PlanState, SubscriptionState } from '../../server/billing-state';
import { plansQuery } from '../api';
import { BillingDetails } from '../components/billing-details';
import { NoScriptSection } from '../components/no-script-section';
import { ReturnNotice } from '../components/return-notice';
import { SubscriptionCard } from '../components/subscription-card';
import { useBillingState } from '../use-billing-state';

/**
 * The signed-in customer's billing, as the server projected it from Stripe's webhooks, with a
 * `ManageBillingButton` for every portal task that fits.
 */
export function AccountPage({ returned }: { returned: boolean }): ReactNode {
  const { billing, phase } = useBillingState(returned);
  const { data: plans } = useSuspenseQuery(plansQuery);
  const live = billing.subscriptions.filter((subscription) => subscription.status !== 'canceled');
  const ended = billing.subscriptions.filter((subscription) => subscription.status === 'canceled');

  return (
    <>
      <h1>Your account</h1>
      <ReturnNotice phase={phase} />
      <BillingDetails billing={billing} />

      <section aria-labelledby="subscriptions-heading" className="panel">
        <h2 id="subscriptions-heading">Subscriptions</h2>
        {live.length === 0 && <p>No active subscription.</p>}
        <SubscriptionList subscriptions={live} plans={plans} />
        {ended.length > 0 && (
          <>
            <h3>Ended</h3>
            <SubscriptionList subscriptions={ended} plans={plans} />
          </>
        )}
      </section>

      <NoScriptSection />
    </>
  );
}

/** One card per subscription, in Stripe's order. */
function SubscriptionList({
  subscriptions,
  plans,
}: {
  subscriptions: readonly SubscriptionState[];
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
