import { flowSubscriptionId, type AccessRefusal } from '../access';
import { formatAddress, formatCard } from '../format';
import { html, type SafeHtml } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';
import { planName, subscriptionFacts } from '../subscription-summary';

/**
 * The page a finished deep link's own URL shows, as when the browser's back button returns from the
 * app to the task page: what was done, where things stand now (read fresh from the store), and the
 * way back to the app (the `after_completion` redirect, else the return link), with the homepage
 * when this visit may open it. 200 for a page load; 409 for a form posted again, which changes
 * nothing.
 *
 * @example
 * if (access.refusal.done) return renderFlowStatusPage(request, access.refusal);
 */
export function renderFlowStatusPage(request: PortalRequest, refusal: AccessRefusal, method: string): Response {
  const after = request.flow?.after_completion;
  const back = (after?.type === 'redirect' ? after.redirect?.return_url : null) ?? request.returnUrl;
  const body = html`<p role="status" data-testid="flow-outcome">${request.state.outcome ?? refusal.message}</p>
<section aria-labelledby="standing-heading">
<h2 id="standing-heading">Where things stand</h2>
${standing(request)}
</section>
${back ? html`<p class="form-actions"><a class="button" href="${back}">Continue to ${request.businessName}</a></p>` : html`<p>You can close this page.</p>`}
${homeLink(request)}`;
  return respond(request, 'This change is saved', body, method === 'GET' || method === 'HEAD' ? 200 : refusal.status);
}

function standing(request: PortalRequest): SafeHtml {
  const { emulator, customer, flow } = request;
  const subscriptionId = flow ? flowSubscriptionId(flow) : null;
  if (subscriptionId) {
    const subscription = emulator.store.subscriptions.get(subscriptionId);
    if (!subscription || subscription.status === 'canceled') return html`<p>This subscription has ended.</p>`;
    return html`<h3>${planName(emulator, subscription)}</h3>${subscriptionFacts(emulator, subscription)}`;
  }
  if (flow?.type === 'payment_method_update') {
    const id = customer.invoice_settings.default_payment_method;
    const method = typeof id === 'string' ? emulator.store.paymentMethods.get(id) : id;
    return html`<p data-testid="payment-method">${method?.card ? formatCard(method.card) : 'No payment method on file.'}</p>`;
  }
  return html`<dl>
<dt>Name</dt><dd>${customer.name ?? 'Not set'}</dd>
<dt>Email</dt><dd>${customer.email ?? 'Not set'}</dd>
<dt>Address</dt><dd>${formatAddress(customer.address ?? null) ?? 'Not set'}</dd>
</dl>`;
}
