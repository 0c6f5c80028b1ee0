import type { BillingError } from '@portalkit/protocol';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Where a portal or Checkout session stands: `redirecting` means the browser is leaving for Stripe.
 *
 * @example
 * const { status } = useCheckout();
 * const label = status === 'pending' ? 'Opening…' : 'Subscribe';
 */
export type BillingSessionStatus = 'idle' | 'pending' | 'redirecting' | 'error';

/**
 * Where Stripe's page opens: this tab, or a new one.
 *
 * @example
 * checkout.open({ plan: 'pro_monthly' }, { target: '_blank' satisfies BillingSessionTarget });
 */
export type BillingSessionTarget = '_self' | '_blank';

/**
 * Options for one `open` call of {@link useManageBilling} or {@link useCheckout}.
 *
 * @example
 * checkout.open({ plan: 'pro_monthly' }, { target: '_blank' } satisfies OpenSessionOptions);
 */
export interface OpenSessionOptions {
  /**
   * `'_blank'` opens a tab at once, inside the click, and points it at Stripe's page when the URL arrives.
   * If the browser refuses to open one, the page opens in this tab instead.
   * @defaultValue `'_self'`
   */
  target?: BillingSessionTarget | undefined;
}

/**
 * Options for {@link useManageBilling} and {@link useCheckout}.
 *
 * @example
 * useCheckout({ queryClient, onError: (error) => report(error.code) } satisfies UseBillingSessionOptions);
 */
export interface UseBillingSessionOptions {
  /** The QueryClient to use instead of the provider's or the mounted one. */
  queryClient?: QueryClient | undefined;
  /** Called with every failed attempt, e.g. to show a toast or report it. */
  onError?: ((error: BillingError) => void) | undefined;
}

/**
 * What {@link useManageBilling} and {@link useCheckout} return, for their request type `TInput`.
 *
 * @example
 * const { open, isBusy, message, retry }: BillingSessionResult<CheckoutSessionRequest> = useCheckout();
 */
export interface BillingSessionResult<TInput> {
  /** Creates a session and leaves for it. Call it inside the click; ignored while busy. */
  open: (input: TInput, options?: OpenSessionOptions) => void;
  /** Starts the request early (on pointer-down or key-down); the next `open` with the same input uses it. */
  prefetch: (input: TInput) => void;
  /** Drops a prefetched session that no click used (e.g. on blur). */
  cancelPrefetch: () => void;
  /** Runs the last `open` again, with the same input and target. */
  retry: () => void;
  /** Back to `idle`: clears the error. */
  reset: () => void;
  /** `idle`, `pending` (request in flight), `redirecting` (leaving for Stripe) or `error`. */
  status: BillingSessionStatus;
  /** True while the request is in flight. */
  isPending: boolean;
  /** True while pending or redirecting: repeat calls are ignored. */
  isBusy: boolean;
  /**
   * True while another portal or Checkout session on the page (the same QueryClient) is pending or
   * redirecting: one redirect at a time, so `open` and `prefetch` are ignored.
   */
  isBlocked: boolean;
  /**
   * The last attempt's error, for code (`error.code`, e.g. `ALREADY_SUBSCRIBED` to offer the portal);
   * its own `message` is for developers, not customers.
   */
  error: BillingError | null;
  /** The customer-facing text for `error`, from the provider's `messages`; never the server's text. */
  message: string | null;
}
