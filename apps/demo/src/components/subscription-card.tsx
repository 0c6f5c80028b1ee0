import { ManageBillingButton } from '@portalkit/react';
import { useId, type ReactNode } from 'react';
import type { PlanState } from '../../server/price-catalog';
import type { SubscriptionView } from '../billing-view';
import { formatPlan } from '../format';
import { renewalLine, subscriptionStatus } from '../subscription-status';
import { SubscriptionFacts } from './subscription-facts';

const CHANGEABLE = new Set(['active', 'trialing']);

/** The plan to offer in the one-click "switch" (an update confirmation): another plan, same interval if any. */
function switchTarget(subscription: SubscriptionView, plans: readonly PlanState[]): PlanState | undefined {
  const others = plans.filter((plan) => plan.priceId !== subscription.plan?.priceId);
  return others.find((plan) => plan.interval === subscription.plan?.interval) ?? others[0];
}

/**
 * One subscription: its state (a scheduled cancellation or a pause shown as such), the next charge,
 * and the portal tasks that fit. One primary action per card: the way back (renew, resume) when the
 * subscription is ending or paused, otherwise the plan change; none while a payment failed, since
 * the past-due banner's card update comes first.
 */
export function SubscriptionCard({
  subscription,
  plans,
}: {
  subscription: SubscriptionView;
  plans: readonly PlanState[];
}): ReactNode {
  const headingId = useId();
  const title = subscription.plan ? formatPlan(subscription.plan) : 'Subscription';
  const status = subscriptionStatus(subscription);
  const next = subscription.nextCharge.kind;
  const changeable = CHANGEABLE.has(subscription.status) && next !== 'ends';
  const target = switchTarget(subscription, plans);
  const primary = status.tone === 'problem' ? 'button' : 'button button--primary';
  // Each card's buttons share labels; the plan, hidden from sight, keeps their accessible names apart.
  const which = <span className="visually-hidden"> ({title})</span>;

  return (
    <article aria-labelledby={headingId} className="subscription-card" data-subscription={subscription.id}>
      <div className="subscription-card__header">
        <h3 id={headingId}>{title}</h3>
        <span className={`tag tag--${status.tone}`} data-testid="subscription-status">
          {status.label}
        </span>
      </div>
      {status.tone !== 'ended' && <SubscriptionFacts subscription={subscription} renewal={renewalLine(subscription)} />}
      {status.tone !== 'ended' && (
        <div className="actions">
          {/* Renew and resume live on the portal's homepage, as in Stripe's own portal. */}
          {next === 'ends' && <ManageBillingButton className={primary}>Renew subscription{which}</ManageBillingButton>}
          {next === 'paused' && <ManageBillingButton className={primary}>Resume payments{which}</ManageBillingButton>}
          {changeable && (
            <ManageBillingButton
              flow="subscription_update"
              subscription={subscription.id}
              className={next === 'charge' ? primary : 'button'}
            >
              Change plan{which}
            </ManageBillingButton>
          )}
          {changeable && target && subscription.itemId && (
            <ManageBillingButton
              flow="subscription_update_confirm"
              subscription={subscription.id}
              items={[{ id: subscription.itemId, price: target.priceId }]}
              className="button"
            >
              Switch to {target.productName}
              {which}
            </ManageBillingButton>
          )}
          {changeable && next === 'charge' && (
            <ManageBillingButton flow="subscription_pause" subscription={subscription.id} className="button">
              Pause payments{which}
            </ManageBillingButton>
          )}
          {next !== 'ends' && (
            <ManageBillingButton flow="subscription_cancel" subscription={subscription.id} className="button button--danger">
              Cancel subscription{which}
            </ManageBillingButton>
          )}
        </div>
      )}
    </article>
  );
}
