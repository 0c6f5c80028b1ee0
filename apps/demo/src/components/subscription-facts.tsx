import type { ReactNode } from 'react';
import type { SubscriptionView } from '../billing-view';
import { formatAmount, formatDate, formatDiscount } from '../format';

/** What the next charge reads as, or what happens instead of one. */
function nextChargeText(subscription: SubscriptionView): string | null {
  const next = subscription.nextCharge;
  switch (next.kind) {
    case 'charge':
      return next.amount === null
        ? `On ${formatDate(next.date)}`
        : `${formatAmount(next.amount, next.currency)} on ${formatDate(next.date)}`;
    case 'ends':
      return 'None: you will not be charged again';
    case 'paused':
      return 'None while payments are paused';
    default:
      return null;
  }
}

/**
 * The facts of a subscription card: renewal, the next charge (after the discounts that still
 * apply then), the discounts in effect, and the seats.
 */
export function SubscriptionFacts({
  subscription,
  renewal,
}: {
  subscription: SubscriptionView;
  renewal: string | null;
}): ReactNode {
  const charge = nextChargeText(subscription);
  return (
    <dl className="facts">
      {renewal && (
        <div>
          <dt>Renewal</dt>
          <dd data-testid="subscription-renewal">{renewal}</dd>
        </div>
      )}
      {charge && (
        <div>
          <dt>Next payment</dt>
          <dd data-testid="next-charge">
            {charge}
            {subscription.nextCharge.kind === 'charge' && subscription.nextCharge.amount !== null && (
              <span className="facts__note"> before tax</span>
            )}
          </dd>
        </div>
      )}
      {subscription.discounts.length > 0 && (
        <div>
          <dt>Discount</dt>
          <dd data-testid="subscription-discount">{subscription.discounts.map(formatDiscount).join('; ')}</dd>
        </div>
      )}
      {subscription.quantity > 1 && (
        <div>
          <dt>Seats</dt>
          <dd>{subscription.quantity}</dd>
        </div>
      )}
    </dl>
  );
}
