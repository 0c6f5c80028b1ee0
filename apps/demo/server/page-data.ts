/*
 * The JSON the server hands the front end (API answers and the data a server-rendered page starts
 * with), and the paths both sides agree on. The front end imports the types as types only, and the
 * path constants (plain strings: nothing of the server comes with them).
 */
import type { BillingStateResponse } from '@portalkit/protocol';
import type { BillingSnapshot } from '../src/billing-snapshot';
import type { CheckoutSuccessData } from './checkout-success';
import type { PlanOffer } from './checkout-plans';

/** Where the plan forms post: the kit's Checkout handler. */
export const CHECKOUT_PATH = '/api/billing/checkout';

/** The stable link a failed-renewal email carries: a fresh portal session (card update) per click. */
export const PAYMENT_METHOD_LINK_PATH = '/billing/portal/payment-method';

/** Where the portal sends the customer back (its `return_url`). */
export const BILLING_RETURN_PATH = '/billing/return';

/** Where Checkout sends a customer who left it without paying (its `cancel_url`). */
export const CHECKOUT_CANCELED_PATH = '/billing/checkout/canceled';

/** What the account page's return notice reads: `DELETE` when it has shown the trip's news. */
export const RETURN_TRIP_PATH = '/api/billing/return-trip';

/** Where the demo's test-clock form posts (emulator only): moves time to the customer's next renewal. */
export const TEST_CLOCK_PATH = '/api/demo/clock/next-renewal';

/** Where the demo's Stripe lives: the in-process emulator, or a real Stripe account in test mode. */
export type DemoMode = { kind: 'emulator'; emulatorUrl: string } | { kind: 'stripe' };

/** A signed-in user as the browser sees them: no Stripe customer ID. */
export interface PublicUser {
  id: string;
  name: string;
  email: string | null;
}

/** A choice on the stub sign-in page. */
export interface DemoUserChoice extends PublicUser {
  /** One line about the customer's billing, e.g. `Pro, active` or `No subscription`. */
  summary: string;
}

/** `GET /api/session`: who is signed in, and against which Stripe. */
export interface SessionInfo {
  mode: DemoMode;
  user: PublicUser | null;
}

/**
 * What the page says about a trip to Stripe the browser is back from (null: nothing to say).
 * - `signed-out`: back from the portal while signed out: the change is saved, sign in to see it.
 * - `checkout-canceled`: back from Checkout without paying.
 * - `trip`: back from the portal (or Checkout): the page compares `before` with the billing state it
 *   shows, and while they match it keeps asking for `waitMs` (a webhook may still be on its way).
 */
export type ReturnNoticeData =
  | { kind: 'signed-out' }
  | { kind: 'checkout-canceled' }
  | {
      kind: 'trip';
      /** The trip's departure (unix milliseconds), which names it when the page says it has shown it. */
      leftAt: number;
      /** What the account page showed when the customer left. */
      before: BillingSnapshot;
      /** How much longer to wait for the webhook before saying nothing. */
      waitMs: number;
      /** The server still holds the trip: the page tells it (`DELETE`) once it has said what changed, or given up. */
      pending: boolean;
    };

/** The pages the server renders. */
export type PageName = 'sign-in' | 'account' | 'checkout-success' | 'not-found';

/** What a server-rendered page starts with; the same values the API would answer. */
export interface InitialData {
  session: SessionInfo;
  users?: DemoUserChoice[];
  billing?: BillingStateResponse;
  plans?: PlanOffer[];
  /** The success page's purchase; null when the URL's session is not the signed-in customer's. */
  purchase?: CheckoutSuccessData | null;
  /** The sign-in and account pages' note about a trip to Stripe; null when there is nothing to say. */
  returnNotice?: ReturnNoticeData | null;
}

/** Renders a page to a full HTML document (the Vite renderer in development). */
export type RenderPage = (input: { url: string; page: PageName; data: InitialData }) => Promise<string>;
