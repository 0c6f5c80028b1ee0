import type { ReactNode } from 'react';
import type { BillingError, CustomerFlow, PortalLocale, SubscriptionFlow, UpdateConfirmItem } from '@portalkit/protocol';
import type { PortalTarget } from '../hooks/manage-billing-types';

/**
 * The portal task to open and its fields, typed per flow: a subscription flow needs `subscription`, and
 * `subscription_update_confirm` also needs exactly one item. Without `flow`, the portal homepage opens.
 *
 * @example
 * const cancel: PortalFlowProps = { flow: 'subscription_cancel', subscription: 'sub_123' };
 * const confirm: PortalFlowProps = { flow: 'subscription_update_confirm', subscription: 'sub_123', items: [{ id: 'si_1', price: 'price_pro' }] };
 */
export type PortalFlowProps =
  | {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow?: undefined;
      /** Not used by this flow. */
      subscription?: never;
      /** Not used by this flow. */
      items?: never;
    }
  | {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: CustomerFlow;
      /** Not used by this flow. */
      subscription?: never;
      /** Not used by this flow. */
      items?: never;
    }
  | {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: Exclude<SubscriptionFlow, 'subscription_update_confirm'>;
      /** The subscription (`sub_...`) to act on; the server checks that it is the customer's. */
      subscription: string;
      /** Not used by this flow. */
      items?: never;
    }
  | {
      /** The portal task (a deep link). Leave it out for the portal homepage. */
      flow: 'subscription_update_confirm';
      /** The subscription (`sub_...`) to change; the server checks that it is the customer's. */
      subscription: string;
      /** The one item to change, with its new price and/or quantity. */
      items: readonly [UpdateConfirmItem];
    };

/**
 * What `renderError` receives besides the error.
 *
 * @example
 * <ManageBillingButton renderError={(error, { message, retry }: RenderErrorHelpers) => <p>{message} <button onClick={retry}>Retry</button></p>} />
 */
export interface RenderErrorHelpers {
  /** The customer-facing text for the error's code, from the provider's `messages`. */
  message: string;
  /** Tries the same request again. Call it from a click so a new tab can still open. */
  retry: () => void;
  /** Clears the error: the button goes back to `idle`. */
  reset: () => void;
}

/**
 * Props shared by {@link ManageBillingButton} and {@link ManageBillingForm}, besides the flow fields.
 *
 * @example
 * const shared: ManageBillingOwnProps = { returnTo: '/account', locale: 'auto', target: '_blank' };
 */
export interface ManageBillingOwnProps {
  /** Where the customer lands after the portal: a path (`/account`) or an allowed absolute URL. Defaults to the server's `returnUrl`. */
  returnTo?: string | undefined;
  /** The portal's language. Defaults to the server's choice, then to the customer's browser. */
  locale?: PortalLocale | undefined;
  /**
   * `'_blank'` opens the portal in a new tab (opened inside the click, so popup blockers let it through).
   * @defaultValue `'_self'`
   */
  target?: PortalTarget | undefined;
  /** The label. @defaultValue the flow's label from `DEFAULT_FLOW_LABELS` (or the provider's `labels`) */
  children?: ReactNode;
  /**
   * Renders the error inside a live region next to the button, so it is announced. Without it (and
   * without `onError`) the message for the error's code is shown.
   */
  renderError?: ((error: BillingError, helpers: RenderErrorHelpers) => ReactNode) | undefined;
  /** Called with every failed attempt. Given alone (no `renderError`), nothing is rendered: the app shows the error. */
  onError?: ((error: BillingError) => void) | undefined;
}
