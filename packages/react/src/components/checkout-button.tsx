import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { CheckoutSessionRequest } from '@portalkit/protocol';
import { BillingButton } from './billing-button';
import { useCheckoutButtonProps } from './checkout-button-props';
import type { BillingButtonOwnProps, BillingControlProps } from './billing-control-props';

/**
 * The Checkout button's own props, besides the request fields (`plan`, `quantity`) and the native button props.
 *
 * @example
 * const own: CheckoutButtonOwnProps = { prefetch: 'intent', target: '_blank' };
 */
export interface CheckoutButtonOwnProps extends BillingControlProps, BillingButtonOwnProps {
  /** The label. @defaultValue `DEFAULT_FLOW_LABELS.checkout` ("Subscribe", or the provider's `labels.checkout`) */
  children?: BillingControlProps['children'];
}

/**
 * Props of {@link CheckoutButton}: the Checkout request (`plan`, `quantity`), its own props, and every
 * native `<button>` prop except `type`.
 *
 * @example
 * const props: CheckoutButtonProps = { plan: 'team', quantity: 5, className: 'btn' };
 */
export type CheckoutButtonProps = CheckoutSessionRequest &
  CheckoutButtonOwnProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof CheckoutButtonOwnProps | keyof CheckoutSessionRequest | 'type' | 'onError'>;

/**
 * A `<button type="button">` that sends the signed-in customer to Stripe Checkout for one of the
 * server's plans (a key of `createCheckoutHandler`'s `plans`; the price stays on the server). The same
 * behaviour as {@link ManageBillingButton}: `data-state`, `aria-busy`, repeat clicks ignored, new tab,
 * prefetch, `asChild`, errors announced. A customer who already subscribes gets `ALREADY_SUBSCRIBED`:
 * use `renderError` to offer the portal.
 *
 * @example
 * <CheckoutButton plan="pro_monthly" />
 * <CheckoutButton plan="team" quantity={seats}>Start the team plan</CheckoutButton>
 * <CheckoutButton
 *   plan="pro_monthly"
 *   renderError={(error, { message }) => error.code === 'ALREADY_SUBSCRIBED' ? <ManageBillingButton /> : message}
 * />
 */
export const CheckoutButton = forwardRef<HTMLButtonElement, CheckoutButtonProps>(function CheckoutButton(props, ref) {
  return <BillingButton {...useCheckoutButtonProps(props)} buttonRef={ref} />;
});

// Named for React DevTools: bundlers rename the inner function (`CheckoutButton2`) when it collides with the const.
CheckoutButton.displayName = 'CheckoutButton';
