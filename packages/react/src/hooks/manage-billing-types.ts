import type { BillingError, PortalSessionRequest } from '@portalkit/protocol';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Where a portal session stands: `redirecting` means the browser is leaving for the portal.
 *
 * @example
 * const { status } = useManageBilling();
 * const label = status === 'pending' ? 'Opening…' : 'Manage billing';
 */
export type ManageBillingStatus = 'idle' | 'pending' | 'redirecting' | 'error';

/**
 * Where the portal opens: this tab, or a new one.
 *
 * @example
 * billing.open({ flow: 'payment_method_update' }, { target: '_blank' satisfies PortalTarget });
 */
export type PortalTarget = '_self' | '_blank';

/**
 * Options for one {@link UseManageBillingResult.open} call.
 *
 * @example
 * billing.open({ flow: 'customer_update' }, { target: '_blank' });
 */
export interface OpenPortalOptions {
  /**
   * `'_blank'` opens a tab at once, inside the click, and points it at the portal when the URL arrives.
   * If the browser refuses to open one, the portal opens in this tab instead.
   * @defaultValue `'_self'`
   */
  target?: PortalTarget | undefined;
}

/**
 * Options for {@link useManageBilling}.
 *
 * @example
 * useManageBilling({ queryClient, onError: (error) => report(error.code) });
 */
export interface UseManageBillingOptions {
  /** The QueryClient to use instead of the provider's or the mounted one. */
  queryClient?: QueryClient | undefined;
  /** Called with every failed attempt, e.g. to show a toast or report it. */
  onError?: ((error: BillingError) => void) | undefined;
}

/**
 * What {@link useManageBilling} returns.
 *
 * @example
 * const { open, isBusy, message, retry } = useManageBilling();
 */
export interface UseManageBillingResult {
  /** Creates a session and leaves for it. Call it inside the click; ignored while busy. */
  open: (input?: PortalSessionRequest, options?: OpenPortalOptions) => void;
  /** Starts the request early (on pointer-down or key-down); the next `open` with the same input uses it. */
  prefetch: (input?: PortalSessionRequest) => void;
  /** Drops a prefetched session that no click used (e.g. on blur). */
  cancelPrefetch: () => void;
  /** Runs the last `open` again, with the same input and target. */
  retry: () => void;
  /** Back to `idle`: clears the error. */
  reset: () => void;
  /** `idle`, `pending` (request in flight), `redirecting` (leaving for the portal) or `error`. */
  status: ManageBillingStatus;
  /** True while the request is in flight. */
  isPending: boolean;
  /** True while pending or redirecting: repeat calls are ignored. */
  isBusy: boolean;
  /** The last attempt's error, for code (`error.code`); its own `message` is for developers, not customers. */
  error: BillingError | null;
  /** The customer-facing text for `error`, from the provider's `messages`; never the server's text. */
  message: string | null;
}
