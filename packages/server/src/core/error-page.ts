import type { BillingErrorCode } from '@portalkit/protocol';

/*
 * What a person sees when a plain HTML form post fails: a sentence chosen from the code (never the
 * developer message, never Stripe's text) and a way back to the app.
 */
const USER_TEXT: Record<BillingErrorCode, string> = {
  INVALID_REQUEST: 'Something was wrong with that request.',
  UNAUTHENTICATED: 'Please sign in, then try again.',
  CROSS_SITE_REQUEST: 'This request came from another site, so it was blocked.',
  NOT_FOUND: 'We could not find that subscription on your account.',
  METHOD_NOT_ALLOWED: 'This address only works from the billing button in the app.',
  FLOW_UNAVAILABLE: 'That change is not available for this subscription right now.',
  ALREADY_SUBSCRIBED: 'You already have this subscription. You can manage it from your billing settings.',
  PAYLOAD_TOO_LARGE: 'Something was wrong with that request.',
  UNSUPPORTED_MEDIA_TYPE: 'Something was wrong with that request.',
  RATE_LIMITED: 'The billing service is busy. Please try again in a moment.',
  PORTAL_NOT_CONFIGURED: 'Billing management is not available right now.',
  SERVER_MISCONFIGURED: 'Billing management is not available right now.',
  INTERNAL_ERROR: 'Billing management is not available right now. Please try again later.',
  STRIPE_UNAVAILABLE: 'The billing service could not be reached. Please try again in a moment.',
  STRIPE_TIMEOUT: 'The billing service took too long to answer. Please try again in a moment.',
  NETWORK_ERROR: 'The billing service could not be reached. Please try again in a moment.',
};

/** Builds the small HTML page answered to a failed form post from a browser. */
export function renderErrorPage(code: BillingErrorCode, backUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Billing is unavailable</title>
</head>
<body>
<main>
<h1>We could not open billing</h1>
<p>${escapeHtml(USER_TEXT[code])}</p>
<p><a href="${escapeHtml(backUrl)}">Back to the app</a></p>
<p><small>Error code: ${escapeHtml(code)}</small></p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
