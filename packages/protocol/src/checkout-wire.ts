/** Where the React kit posts Checkout requests by default, and where the examples mount `createCheckoutHandler`. */
export const DEFAULT_CHECKOUT_ENDPOINT = '/api/billing/checkout';

/**
 * The fields a Checkout request may carry. Anything else is refused by name: the price, customer, URLs,
 * trial and promotion codes are the server's to decide.
 */
export const CHECKOUT_REQUEST_FIELDS = ['plan', 'quantity'] as const;

/**
 * The body the browser posts to the Checkout handler, as JSON or as a form with the same field names.
 * The customer is never part of it: the server takes it from its own auth.
 *
 * @example
 * const request: CheckoutSessionRequest = { plan: 'team', quantity: 5 };
 */
export interface CheckoutSessionRequest {
  /** A key of the server's `plans` map, e.g. `'pro_monthly'`; the server maps it to a price. */
  plan: string;
  /** Seats, for a plan whose quantity is adjustable, within its bounds. Defaults to the plan's minimum. */
  quantity?: number | undefined;
}

/** The success body of a JSON Checkout request. The URL is single-use and short-lived: navigate, never store. */
export interface CheckoutSessionResponse {
  url: string;
}
