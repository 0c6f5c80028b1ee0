import type { PortalFlow } from '@portalkit/protocol';

/**
 * A button label key: a flow, `portal_homepage` for the portal button without a flow, `checkout`
 * for `CheckoutButton`, or what the portal or Checkout controls say while busy (`portal_pending`,
 * `checkout_pending`).
 *
 * @example
 * const key: BillingLabelKey = flow ?? 'portal_homepage';
 */
export type BillingLabelKey = PortalFlow | 'portal_homepage' | 'checkout' | 'portal_pending' | 'checkout_pending';

/**
 * Button labels for one or more flows, e.g. a translation.
 *
 * @example
 * <BillingPortalProvider labels={{ portal_homepage: 'Abrechnung', payment_method_update: 'Zahlungsart ändern' } satisfies BillingLabels}>
 */
export type BillingLabels = Partial<Record<BillingLabelKey, string>>;

/**
 * The English label of `<ManageBillingButton>` for each flow, and of `<CheckoutButton>`, used when
 * the button has no `children`.
 * Override any entry through `<BillingPortalProvider labels={...}>`.
 *
 * @example
 * <ManageBillingButton flow="customer_update" /> // renders "Update billing details"
 */
export const DEFAULT_FLOW_LABELS: Readonly<Record<BillingLabelKey, string>> = {
  portal_homepage: 'Manage billing',
  payment_method_update: 'Update payment method',
  subscription_cancel: 'Cancel subscription',
  subscription_update: 'Change plan',
  subscription_update_confirm: 'Confirm plan change',
  customer_update: 'Update billing details',
  subscription_pause: 'Pause subscription',
  checkout: 'Subscribe',
  portal_pending: 'Opening the billing portal…',
  checkout_pending: 'Opening Checkout…',
};
