import type { BillingErrorCode } from './error-codes';
import type { PortalFlow, SubscriptionFlow } from './flows';
import type { PortalLocale } from './locales';

/** Where the React kit posts by default, and where the examples mount the handler. */
export const DEFAULT_PORTAL_ENDPOINT = '/api/billing/portal';

/** The fields a request may carry. Anything else is refused by name. */
export const REQUEST_FIELDS = ['flow', 'subscription', 'items', 'returnTo', 'locale'] as const;

/** Limits the handler enforces before any network call. IDs follow Stripe's `maxLength: 5000`. */
export const REQUEST_LIMITS = {
  /** The largest body accepted; anything longer gets 413. */
  maxBodyBytes: 8 * 1024,
  /** Stripe's limit on `subscription`, `items[].id` and `items[].price`. */
  maxIdLength: 5000,
  /** Stripe's limit on a session's `return_url` (the response field; the request states none). */
  maxReturnToLength: 5000,
  /** The largest `quantity` accepted for an update-confirm item. */
  maxQuantity: 1_000_000,
} as const;

/** The item to change in a `subscription_update_confirm` flow. */
export interface UpdateConfirmItem {
  /** The subscription item (`si_...`) to change. */
  id: string;
  /** The new price (`price_...`); the server checks it against the prices it allows. */
  price?: string;
  /** The new quantity, a positive integer. */
  quantity?: number;
}

/** Fields every request may carry, whatever the flow. */
export interface PortalRequestCommon {
  /**
   * Where the customer lands after the portal: a path on the app (`/account`) or an absolute URL on
   * an allowed origin. Defaults to the server's `returnUrl`.
   */
  returnTo?: string;
  /** The portal's language; defaults to the server's choice, then to the customer's browser. */
  locale?: PortalLocale;
}

/** A flow that needs no subscription. */
export type CustomerFlow = Exclude<PortalFlow, SubscriptionFlow>;

/**
 * The body the browser posts to the handler, as JSON or as a form with the same field names
 * (`items[0][id]` for the item).
 *
 * The customer is never part of it: the server takes it from its own auth.
 */
export type PortalSessionRequest =
  | (PortalRequestCommon & {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow?: undefined;
    })
  | (PortalRequestCommon & {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: CustomerFlow;
    })
  | (PortalRequestCommon & {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: Exclude<SubscriptionFlow, 'subscription_update_confirm'>;
      /** The subscription (`sub_...`) to act on; the server checks that it is the customer's. */
      subscription: string;
    })
  | (PortalRequestCommon & {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: 'subscription_update_confirm';
      /** The subscription (`sub_...`) to change; the server checks that it is the customer's. */
      subscription: string;
      /** Exactly one item, with its new price and/or quantity: Stripe updates one item per confirmation. */
      items: readonly [UpdateConfirmItem];
    });

/** The success body of a JSON request. The URL is single-use and short-lived: navigate, never store. */
export interface PortalSessionResponse {
  url: string;
}

/** The error body of every failed request. */
export interface ErrorBody {
  error: {
    code: BillingErrorCode;
    /** For developers; user-facing text is chosen from `code`. */
    message: string;
    /** The request field at fault, e.g. `items[0].id`. */
    param?: string;
  };
}
