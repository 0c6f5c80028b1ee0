import { isNavigationOpen, type AccessRefusal } from './access';
import { html, type SafeHtml } from './html';
import { pageResponse, renderPage } from './layout';
import { customerLabel, type PortalRequest } from './portal-request';

/**
 * A page for this session's customer: the layout with the business, the customer and the return
 * link filled in from the request.
 *
 * @example
 * return respond(request, 'Update payment method', body);
 */
export function respond(request: PortalRequest, title: string, body: SafeHtml, status = 200): Response {
  return pageResponse(
    renderPage({
      title,
      body,
      businessName: request.businessName,
      headline: request.configuration.business_profile.headline,
      customerName: customerLabel(request.customer),
      returnUrl: request.returnUrl,
    }),
    status,
  );
}

/** The page for a task this visit may not open. */
export function respondRefusal(request: PortalRequest, refusal: AccessRefusal): Response {
  return respond(request, refusal.title, html`<p>${refusal.message}</p>${homeLink(request)}`, refusal.status);
}

/** A "Back to billing overview" link, when the homepage is open to this visit. */
export function homeLink(request: PortalRequest): SafeHtml | null {
  return isNavigationOpen(request) ? html`<p><a href="${request.base}/home">Back to billing overview</a></p>` : null;
}

/** A `303 See Other`, the answer to a form post that worked. */
export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });
}
