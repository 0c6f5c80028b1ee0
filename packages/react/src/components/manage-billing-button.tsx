import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { BillingButton } from './billing-button';
import { usePortalButtonProps } from './portal-button-props';
import type { BillingButtonOwnProps } from './billing-control-props';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';

/**
 * The button's own props, besides the flow fields and the native button props it forwards.
 *
 * @example
 * const own: ManageBillingButtonOwnProps = { prefetch: 'intent', asChild: true };
 */
export interface ManageBillingButtonOwnProps extends ManageBillingOwnProps, BillingButtonOwnProps {}

/**
 * Props of {@link ManageBillingButton}: the flow fields (typed per flow), its own props, and every
 * native `<button>` prop except `type`.
 *
 * @example
 * function CancelButton(props: Omit<ManageBillingButtonProps, 'flow'> & { subscription: string }) {
 *   return <ManageBillingButton {...props} flow="subscription_cancel" />;
 * }
 */
export type ManageBillingButtonProps = PortalFlowProps &
  ManageBillingButtonOwnProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ManageBillingButtonOwnProps | 'type' | 'onError'>;

/**
 * A `<button type="button">` that sends the signed-in customer to the Customer Portal, deep-linked to
 * one task. It shows `data-state="idle|pending|redirecting|error"` (style through it; no CSS ships),
 * sets `aria-busy` while busy, ignores repeat clicks, and announces errors in a live region.
 *
 * @example
 * <ManageBillingButton flow="payment_method_update" />
 * <ManageBillingButton flow="subscription_cancel" subscription={subscription.id} returnTo="/account" />
 * <ManageBillingButton asChild target="_blank"><a href="/billing">Billing</a></ManageBillingButton>
 */
export const ManageBillingButton = forwardRef<HTMLButtonElement, ManageBillingButtonProps>(
  function ManageBillingButton(props, ref) {
    return <BillingButton {...usePortalButtonProps(props)} buttonRef={ref} />;
  },
);

// Named for React DevTools: bundlers rename the inner function (`ManageBillingButton2`) when it collides with the const.
ManageBillingButton.displayName = 'ManageBillingButton';
