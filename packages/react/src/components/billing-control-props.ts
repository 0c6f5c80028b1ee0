import type { ReactNode } from 'react';
import type { BillingError } from '@portalkit/protocol';
import type { BillingSessionTarget } from '../hooks/billing-session-types';
import type { BillingErrorAction } from './error-action';

/**
 * What `renderError` receives besides the error.
 *
 * @example
 * <CheckoutButton plan="pro" renderError={(error, { message, retry }: RenderErrorHelpers) => <p>{message} <button onClick={retry}>Retry</button></p>} />
 */
export interface RenderErrorHelpers {
  /** The customer-facing text for the error's code, from the provider's `messages`. */
  message: string;
  /** Tries the same request again. Call it from a click so a new tab can still open. */
  retry: () => void;
  /** Clears the error: the button goes back to `idle`. */
  reset: () => void;
  /** What the customer can do about it: `'sign_in'`, `'manage_billing'`, `'retry'`, or `undefined` for nothing. */
  action: BillingErrorAction | undefined;
}

/**
 * Props every billing control shares (the portal and Checkout buttons and forms), besides its request fields.
 *
 * @example
 * const shared: BillingControlProps = { target: '_blank', onError: (error) => report(error.code) };
 */
export interface BillingControlProps {
  /**
   * `'_blank'` opens Stripe's page in a new tab (opened inside the click, so popup blockers let it through).
   * @defaultValue `'_self'`
   */
  target?: BillingSessionTarget | undefined;
  /** The label. @defaultValue the label from `DEFAULT_FLOW_LABELS` (or the provider's `labels`) */
  children?: ReactNode;
  /**
   * What the control says while busy (waiting for the server, then leaving for Stripe), shown instead
   * of the label and announced in a `role="status"` region. `null` keeps the label and announces
   * nothing. An `asChild` element keeps its own content; the status region still announces it.
   * @defaultValue `labels.portal_pending` ("Opening the billing portal…") or `labels.checkout_pending` ("Opening Checkout…")
   */
  pendingLabel?: ReactNode | undefined;
  /**
   * An element of the app's where the error is shown (through a portal), instead of right after the
   * control, e.g. below a row of buttons. The control still points at it with `aria-describedby`.
   * While it is `null` (a ref not yet set) the error is not shown.
   * @defaultValue the error region is the control's next sibling
   */
  errorSlot?: Element | null | undefined;
  /**
   * Renders the error inside a live region next to the control, so it is announced. Without it (and
   * without `onError`) the message for the error's code is shown. `error.code` tells what happened,
   * e.g. `ALREADY_SUBSCRIBED` from Checkout, to offer the portal instead.
   */
  renderError?: ((error: BillingError, helpers: RenderErrorHelpers) => ReactNode) | undefined;
  /** Called with every failed attempt. Given alone (no `renderError`), nothing is rendered: the app shows the error. */
  onError?: ((error: BillingError) => void) | undefined;
}

/**
 * The button's own props, shared by `ManageBillingButton` and `CheckoutButton`.
 *
 * @example
 * const own: BillingButtonOwnProps = { prefetch: 'intent', asChild: true };
 */
export interface BillingButtonOwnProps {
  /**
   * `'intent'` starts the request on pointer-down or on Enter/Space key-down and navigates on the click
   * that follows, so Stripe's page opens sooner. Never on hover or render: each request creates a session.
   * @defaultValue `'none'`
   */
  prefetch?: 'intent' | 'none' | undefined;
  /**
   * Renders the only child (the app's link or Button component) instead of a `<button>`, with the same
   * props, state and behaviour merged in. A disabled child gets `aria-disabled` instead of `disabled`.
   * @defaultValue `false`
   */
  asChild?: boolean | undefined;
  /**
   * Renders the button inside a real `<form method="post">` to the endpoint (request fields hidden,
   * `display: contents`), so a click before hydration, or with JavaScript off, still opens Stripe: the
   * handler answers the form with `303`. Once React runs, the click takes the fetch path. Pass `false`
   * when the button sits inside another `<form>` (forms cannot nest); it is then a `type="button"`
   * that works from hydration on.
   * @defaultValue `true`
   */
  formFallback?: boolean | undefined;
}
