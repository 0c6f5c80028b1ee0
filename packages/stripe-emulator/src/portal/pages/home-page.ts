import type Stripe from 'stripe';
import { subscriptionsOf } from '../../store/create-store';
import { isTaskEnabled } from '../access';
import { formatAddress, formatCard } from '../format';
import { formNotice } from '../fields';
import { html, type SafeHtml } from '../html';
import { invoiceHistory } from '../invoice-history';
import type { PortalRequest } from '../portal-request';
import { respond } from '../respond';
import { planName, subscriptionFacts } from '../subscription-summary';

/**
 * The portal homepage: the customer's current subscriptions, default payment method, billing
 * details and (when the configuration shows it) invoice history, with a way into each task the configuration allows (and nothing it does not).
 *
 * @example
 * return renderHomePage(request);
 */
export function renderHomePage(request: PortalRequest): Response {
  const { emulator, customer, configuration, state } = request;
  const notice = state.notice;
  state.notice = null;
  const subscriptions = subscriptionsOf(emulator.store, customer.id).filter(
    (s) => s.status !== 'canceled' && s.status !== 'incomplete_expired',
  );
  const paymentMethodId = customer.invoice_settings.default_payment_method;
  const paymentMethod =
    typeof paymentMethodId === 'string' ? emulator.store.paymentMethods.get(paymentMethodId) : paymentMethodId;
  const body = html`${formNotice(notice)}
<section aria-labelledby="subscriptions-heading">
<h2 id="subscriptions-heading">Subscriptions</h2>
${subscriptions.length ? subscriptions.map((s) => subscriptionCard(request, s)) : html`<p>You have no current subscriptions.</p>`}
</section>
<section aria-labelledby="payment-heading">
<h2 id="payment-heading">Payment method</h2>
<p data-testid="payment-method">${paymentMethod?.card ? formatCard(paymentMethod.card) : 'No payment method on file.'}</p>
${isTaskEnabled(configuration, 'payment_method_update') ? html`<a class="button" href="${request.base}/payment-method">Update payment method</a>` : null}
</section>
<section aria-labelledby="details-heading">
<h2 id="details-heading">Billing details</h2>
<dl>
<dt>Name</dt><dd>${customer.name ?? 'Not set'}</dd>
<dt>Email</dt><dd>${customer.email ?? 'Not set'}</dd>
${customer.phone ? html`<dt>Phone</dt><dd>${customer.phone}</dd>` : null}
<dt>Address</dt><dd>${formatAddress(customer.address ?? null) ?? 'Not set'}</dd>
</dl>
${isTaskEnabled(configuration, 'customer_update') ? html`<a class="button" href="${request.base}/customer">Update billing details</a>` : null}
</section>
${configuration.features.invoice_history.enabled ? invoiceHistory(emulator, customer) : null}`;
  return respond(request, 'Billing overview', body);
}

function subscriptionCard(request: PortalRequest, subscription: Stripe.Subscription): SafeHtml {
  const { emulator, configuration, base } = request;
  const headingId = `subscription-${subscription.id}`;
  const path = `${base}/subscriptions/${encodeURIComponent(subscription.id)}`;
  const actions: SafeHtml[] = [];
  if (isTaskEnabled(configuration, 'subscription_update') && subscription.items.data.length === 1) {
    actions.push(html`<a class="button secondary" href="${path}/update" aria-describedby="${headingId}">Update subscription</a>`);
  }
  if (isTaskEnabled(configuration, 'subscription_pause')) {
    actions.push(
      subscription.pause_collection
        ? html`<form method="post" action="${path}/resume"><button type="submit" class="secondary" aria-describedby="${headingId}">Resume subscription</button></form>`
        : html`<a class="button secondary" href="${path}/pause" aria-describedby="${headingId}">Pause subscription</a>`,
    );
  }
  if (isTaskEnabled(configuration, 'subscription_cancel')) {
    actions.push(
      subscription.cancel_at_period_end
        ? html`<form method="post" action="${path}/renew"><button type="submit" aria-describedby="${headingId}">Renew subscription</button></form>`
        : html`<a class="button secondary" href="${path}/cancel" aria-describedby="${headingId}">Cancel subscription</a>`,
    );
  }
  return html`<article aria-labelledby="${headingId}">
<h3 id="${headingId}">${planName(emulator, subscription)}</h3>
${subscriptionFacts(emulator, subscription)}
${actions}
</article>`;
}
