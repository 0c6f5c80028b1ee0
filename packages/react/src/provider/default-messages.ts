import type { BillingErrorCode } from '@portalkit/protocol';

/**
 * User-facing text for one or more error codes, e.g. a translation.
 *
 * @example
 * const fr: BillingMessages = { NETWORK_ERROR: 'Impossible de joindre le serveur.' };
 */
export type BillingMessages = Partial<Record<BillingErrorCode, string>>;

// Causes a customer cannot act on share one text: they need to know what to do, not what broke.
const RELOAD = 'Billing could not be opened. Please reload the page and try again.';
const SUPPORT = 'Billing is unavailable right now. Please contact support.';
const LATER = 'Billing is busy right now. Please try again in a moment.';

/**
 * The English text shown to customers for each error code. The server's own `message` is for developers
 * and is never shown. Override any entry through `<BillingPortalProvider messages={...}>`.
 *
 * @example
 * <BillingPortalProvider messages={{ ...DEFAULT_BILLING_MESSAGES, UNAUTHENTICATED: 'Bitte melde dich erneut an.' }}>
 */
export const DEFAULT_BILLING_MESSAGES: Readonly<Record<BillingErrorCode, string>> = {
  INVALID_REQUEST: RELOAD,
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  CROSS_SITE_REQUEST: RELOAD,
  NOT_FOUND: 'We could not find that subscription on your account.',
  METHOD_NOT_ALLOWED: RELOAD,
  FLOW_UNAVAILABLE: 'This change is not available for your subscription.',
  ALREADY_SUBSCRIBED: 'You already have this subscription. Manage it from your billing settings.',
  PAYLOAD_TOO_LARGE: RELOAD,
  UNSUPPORTED_MEDIA_TYPE: RELOAD,
  RATE_LIMITED: LATER,
  PORTAL_NOT_CONFIGURED: SUPPORT,
  SERVER_MISCONFIGURED: SUPPORT,
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again later.',
  STRIPE_UNAVAILABLE: LATER,
  STRIPE_TIMEOUT: LATER,
  NETWORK_ERROR: 'We could not reach the server. Check your connection and try again.',
};
