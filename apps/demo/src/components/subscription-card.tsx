import { ManageBillingButton } from '@portalkit/react';
import { useId, type ReactNode } from 'react';
import type { PlanState } from '../../server/price-catalog';
import type { SubscriptionView } from '../billing-view';
import { formatDate, formatPlan, formatStatus } from '../format';

const CHANGEABLE = new Set(['active', 'trialing']);

/** The plan to offer in the one-click "switch" (an update confirmation): another plan, same interval if any. */
function switchTarget(subscription: SubscriptionView, plans: readonly PlanState[]): PlanState | undefined {
  const others = plans.filter((plan) => plan.priceId !== subscription.plan?.priceId);
  return others.find((plan) => plan.interval === subscription.plan?.interval) ?? others[0];
}

/** One subscription, as projected from webhooks, with the portal tasks that fit its state. */
export function SubscriptionCard({
  subscription,
  plans,
}: {
  subscription: SubscriptionView;
  plans: readonly PlanState[];
}): ReactNode {
  const headingId = useId();
  const title = subscription.plan ? formatPlan(subscription.plan) : 'Subscription';
  const live = subscription.status !== 'canceled';
  const changeable = CHANGEABLE.has(subscription.status);
  const target = switchTarget(subscription, plans);
  // Each card's buttons share labels; the plan, hidden from sight, keeps their accessible names apart.
  const which = <span className="visually-hidden"> ({title})</span>;

  return (
    <article aria-labelledby={headingId} className="subscription-card" data-subscription={subscription.id}>
      <div className="subscription-card__header">
        <h3 id={headingId}>{title}</h3>
        <span className={`tag tag--${subscription.status}`}>{formatStatus(subscription.status)}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="subscription-status">{formatStatus(subscription.status)}</dd>
        </div>
        {subscription.quantity > 1 && (
          <div>
            <dt>Seats</dt>
            <dd>{subscription.quantity}</dd>
          </div>
        )}
        {live && (
          <div>
            <dt>Renewal</dt>
            <dd data-testid="subscription-renewal">
              {subscription.cancelAtPeriodEnd
                ? `Cancels at period end${subscription.cancelAt ? ` (${formatDate(subscription.cancelAt)})` : ''}`
                : subscription.currentPeriodEnd
                  ? `Renews on ${formatDate(subscription.currentPeriodEnd)}`
                  : 'Renews automatically'}
            </dd>
          </div>
        )}
        {live && (
          <div>
            <dt>Payments</dt>
            <dd data-testid="subscription-payments">{subscription.paused ? 'Paused' : 'Collected as usual'}</dd>
          </div>
        )}
      </dl>
      {live && (
        <div className="actions">
          {changeable && (
            <ManageBillingButton flow="subscription_update" subscription={subscription.id} className="button">
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
          {changeable && !subscription.paused && (
            <ManageBillingButton flow="subscription_pause" subscription={subscription.id} className="button">
              Pause payments{which}
            </ManageBillingButton>
          )}
          {!subscription.cancelAtPeriodEnd && (
            <ManageBillingButton flow="subscription_cancel" subscription={subscription.id} className="button button--danger">
              Cancel subscription{which}
            </ManageBillingButton>
          )}
        </div>
      )}
    </article>
  );
}
