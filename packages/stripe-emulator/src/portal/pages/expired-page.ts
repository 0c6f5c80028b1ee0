import type { SessionRefusal } from '../../store/portal-sessions';
import { html } from '../html';
import { pageResponse, renderPage } from '../layout';

/** What the expired page shows. */
export interface ExpiredPageOptions {
  reason: SessionRefusal;
  businessName: string;
  /** The session's return link, when the session is known. */
  returnUrl: string | null;
  /** The form target of "Email me a new link", when the session asked for `after_expiration` recovery. */
  recoveryAction: string | null;
}

/**
 * The page for a session URL that was already used, has expired, or never existed (or was cleared
 * by a reset). It names the business but not the customer: anyone holding an old URL can see it.
 *
 * Status: 410 Gone for a used or expired session (the URL did exist and is gone for good), 404 for
 * an unknown token. Both bodies are full pages, so a browser shows them like any other.
 *
 * @example
 * return renderExpiredPage({ reason: 'used', businessName, returnUrl, recoveryAction: null });
 */
export function renderExpiredPage(options: ExpiredPageOptions): Response {
  const { reason, businessName, returnUrl, recoveryAction } = options;
  const known = reason !== 'unknown';
  const title = known ? 'This portal session has expired' : 'This portal link is not valid';
  const why =
    reason === 'used'
      ? 'Each portal link opens only once, and this one has already been used.'
      : reason === 'expired'
        ? 'Portal links stop working a few minutes after they are created.'
        : 'The link may be mistyped, or the emulator was reset since it was created.';
  const body = html`<p>${why}</p>
<p>Go back to ${businessName} and open the billing portal again to get a new link.</p>
${
  recoveryAction
    ? html`<section aria-labelledby="recovery-heading">
<h2 id="recovery-heading">Get a new link by email</h2>
<p>This session allows recovery: Stripe would ask you to confirm your email address and then open a new session.</p>
<p class="notice"><strong>Emulator's choice:</strong> Stripe's real recovery pages could not be confirmed, so the emulator only pretends. It sends no email and creates no session.</p>
<form method="post" action="${recoveryAction}">
<button type="submit">Email me a new link</button>
</form>
</section>`
    : null
}`;
  return pageResponse(renderPage({ title, body, businessName, returnUrl }), known ? 410 : 404);
}

/** The answer to "Email me a new link": nothing is sent, and the page says so. */
export function renderRecoveryPage(options: {
  businessName: string;
  maskedEmail: string | null;
  returnUrl: string | null;
}): Response {
  const { businessName, maskedEmail, returnUrl } = options;
  const body = html`<p>Stripe would now send a sign-in link to ${maskedEmail ?? 'the email address on file'}.</p>
<p class="notice"><strong>Emulator's choice:</strong> no email was sent and no new session was created. Open the billing portal from ${businessName} again to continue.</p>`;
  return pageResponse(renderPage({ title: 'Check your email', body, businessName, returnUrl }));
}

/** `ada@example.com` as `a**@example.com`, so the page does not reveal the whole address. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.indexOf('@');
  if (at < 1) return null;
  return `${email[0]}${'*'.repeat(Math.max(2, at - 1))}${email.slice(at)}`;
}
