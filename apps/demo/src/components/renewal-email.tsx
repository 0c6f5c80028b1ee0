import type { ReactNode } from 'react';
import type { BillingView, FailedPaymentView } from '../billing-view';
import { PAYMENT_METHOD_LINK_PATH } from '../../server/page-data';
import { formatAmount, formatDate } from '../format';

export interface RenewalEmailProps {
  billing: BillingView;
  failed: FailedPaymentView;
  /** The app's origin: an email needs absolute links. */
  origin: string;
}

/**
 * The dunning email the app would send after `invoice.payment_failed`, shown instead of sent. Its
 * link is the app's stable route, not a portal session URL: a session expires within minutes and
 * signs in whoever holds it, while the route makes a fresh session for whoever is signed in.
 */
export function RenewalEmail({ billing, failed, origin }: RenewalEmailProps): ReactNode {
  const link = `${origin}${PAYMENT_METHOD_LINK_PATH}`;
  const amount = formatAmount(failed.amountDue, failed.currency);
  return (
    <section aria-labelledby="email-heading" className="panel panel--demo">
      <h2 id="email-heading">
        <span className="tag tag--demo">Demo</span> The email we would send
      </h2>
      <p className="panel__intro">
        A real app emails this to the customer when a payment fails (Stripe's <code>invoice.payment_failed</code> event). The demo
        shows it here instead.
      </p>
      <article className="email-preview" data-testid="renewal-email" aria-label="Failed renewal email">
        <dl className="email-preview__headers">
          <div>
            <dt>To</dt>
            <dd>{billing.email ?? 'the customer'}</dd>
          </div>
          <div>
            <dt>Subject</dt>
            <dd>Your payment of {amount} did not go through</dd>
          </div>
        </dl>
        <p>Hello{billing.name ? ` ${billing.name}` : ''},</p>
        <p>
          We tried to charge {amount} for your renewal on {formatDate(failed.createdAt)}, and your card was declined. Update your
          payment method and we will retry the payment right away:
        </p>
        <p>
          <a href={link}>{link}</a>
        </p>
        <p className="email-preview__note">
          This link does not expire: each click signs you in to a fresh, short-lived billing page.
        </p>
      </article>
    </section>
  );
}
