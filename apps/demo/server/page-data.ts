/*
 * The JSON the server hands the front end (API answers and the data a server-rendered page starts
 * with), and the paths both sides agree on. The front end imports the types as types only, and the
 * path constants (plain strings: nothing of the server comes with them).
 */
import type { BillingStateResponse } from '@portalkit/protocol';
import type { CheckoutSuccessData } from './checkout-success';
import type { PlanOffer } from './checkout-plans';

/** Where the plan forms post: the kit's Checkout handler. */
export const CHECKOUT_PATH = '/api/billing/checkout';

/** The stable link a failed-renewal email carries: a fresh portal session (card update) per click. */
export const PAYMENT_METHOD_LINK_PATH = '/billing/portal/payment-method';

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
}

/** Renders a page to a full HTML document (the Vite renderer in development). */
export type RenderPage = (input: { url: string; page: PageName; data: InitialData }) => Promise<string>;
