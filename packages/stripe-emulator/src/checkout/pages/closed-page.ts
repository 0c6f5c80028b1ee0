import { html } from '../../portal/html';
import { pageResponse, renderPage } from '../../portal/layout';

/** Why the page of a Checkout link will not take a payment. */
export type ClosedReason = 'complete' | 'expired' | 'unknown';

/**
 * The page for a Checkout link that no longer takes a payment: already paid (200, with a way on to
 * the success URL), expired (410, with the way back), or never known here (404, or cleared by a
 * reset). It names the business, never the customer.
 *
 * @example
 * return renderClosedPage({ reason: 'expired', businessName, next: session.cancel_url });
 */
export function renderClosedPage(options: { reason: ClosedReason; businessName: string; next: string | null }): Response {
  const { reason, businessName, next } = options;
  const text = {
    complete: {
      title: 'This checkout is complete',
      why: 'The payment for this checkout has already been made; nothing more is due here.',
      link: 'Continue',
      status: 200,
    },
    expired: {
      title: 'This checkout has expired',
      why: `This checkout link has expired or was cancelled. Go back to ${businessName} to start again.`,
      link: `Return to ${businessName}`,
      status: 410,
    },
    unknown: {
      title: 'This checkout link is not valid',
      why: 'The link may be mistyped, or the emulator was reset since it was created.',
      link: '',
      status: 404,
    },
  }[reason];
  const body = html`<p>${text.why}</p>${next && reason !== 'unknown' ? html`<p><a class="button" href="${next}">${text.link}</a></p>` : null}`;
  return pageResponse(renderPage({ title: text.title, businessName, body }), text.status);
}
