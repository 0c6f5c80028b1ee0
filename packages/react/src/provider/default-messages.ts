import type { BillingErrorCode } from '@portalkit/protocol';

/** User-facing text for one or more error codes, e.g. a translation. */
export type BillingMessages = Partial<Record<BillingErrorCode, string>>;

/**
 * The English text shown to customers for each error code. The server's own `message` is for developers
 * and is never shown. Override any entry through `<BillingPortalProvider messages={...}>`.
 *
 * @example
 * <BillingPortalProvider messages={{ ...DEFAULT_BILLING_MESSAGES, UNAUTHENTICATED: 'Bitte melde dich erneut an.' }}>
 */
export const DEFAULT_BILLING_MESSAGES: Readonly<Record<BillingErrorCode, string>> = {
  INVALID_REQUEST: 'Billing could not be opened for this request. Please reload the page and try again.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again to manage billing.',
  CROSS_SITE_REQUEST: 'This request was blocked for your security. Please reload the page and try again.',
  NOT_FOUND: 'We could not find that subscription on your account.',
  METHOD_NOT_ALLOWED: 'Billing could not be opened from here. Please reload the page and try again.',
  FLOW_UNAVAILABLE: 'This change is not available for your subscription right now.',
  PAYLOAD_TOO_LARGE: 'Billing could not be opened for this request. Please reload the page and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'Billing could not be opened from here. Please reload the page and try again.',
  RATE_LIMITED: 'Too many requests right now. Please wait a moment and try again.',
  PORTAL_NOT_CONFIGURED: 'Billing management is not available yet. Please contact support.',
  SERVER_MISCONFIGURED: 'Billing management is unavailable right now. Please contact support.',
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again.',
  STRIPE_UNAVAILABLE: 'Our billing provider is not responding. Please try again in a moment.',
  STRIPE_TIMEOUT: 'Our billing provider took too long to respond. Please try again.',
  NETWORK_ERROR: 'We could not reach the server. Check your connection and try again.',
};
