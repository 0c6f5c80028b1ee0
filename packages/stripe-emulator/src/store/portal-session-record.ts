import type Stripe from 'stripe';

/** What the emulator keeps about one portal session. */
export interface PortalSessionRecord {
  /** The secret token at the end of the session URL (`/p/session/<token>`); the table key. */
  readonly id: string;
  /** The `billing_portal.session` object as the API returned it (unexpanded). */
  readonly session: Stripe.BillingPortal.Session;
  /** Emulator time (unix seconds) after which an unvisited URL no longer opens. */
  readonly expiresAt: number;
  /** When the URL was first opened, or null while unused. */
  consumedAt: number | null;
  /** The browsing session the first visit started, or null while unused. */
  visit: PortalVisit | null;
}

/**
 * The first visit to a session URL consumes it and starts a visit: a second secret the pages keep
 * (in a cookie or a form field) to act for that customer until the visit ends.
 */
export interface PortalVisit {
  readonly token: string;
  readonly expiresAt: number;
}
