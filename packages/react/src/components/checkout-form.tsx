import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { CheckoutSessionRequest } from '@portalkit/protocol';
import { BillingButton } from './billing-button';
import { useCheckoutButtonProps } from './checkout-button-props';
import type { BillingControlProps } from './billing-control-props';

/**
 * Props of {@link CheckoutForm}: the Checkout request (`plan`, `quantity`), the shared props, and the
 * native props of its submit `<button>` (which gets the ref).
 *
 * @example
 * import type { CheckoutFormProps } from '@portalkit/react/form';
 *
 * const props: CheckoutFormProps = { plan: 'pro_monthly', className: 'btn' };
 */
export type CheckoutFormProps = CheckoutSessionRequest &
  BillingControlProps &
  Omit<
    ComponentPropsWithoutRef<'button'>,
    keyof BillingControlProps | keyof CheckoutSessionRequest | 'type' | 'onError' | 'name' | 'value' | `form${string}`
  >;

/**
 * {@link CheckoutButton} as a real `<form method="post">` to the Checkout endpoint, with `plan` and
 * `quantity` as hidden fields: it works before hydration and with JavaScript off (the handler answers
 * `303 See Other` to Stripe Checkout), and once React runs it takes the fetch path. Import it from
 * `@portalkit/react/form`.
 *
 * @example
 * import { CheckoutForm } from '@portalkit/react/form';
 *
 * <CheckoutForm plan="pro_monthly">Subscribe to Pro</CheckoutForm>
 */
export const CheckoutForm = forwardRef<HTMLButtonElement, CheckoutFormProps>(function CheckoutForm(props, ref) {
  return <BillingButton {...useCheckoutButtonProps(props)} buttonRef={ref} formStyle={undefined} />;
});

// Named for React DevTools: bundlers rename the inner function (`CheckoutForm2`) when it collides with the const.
CheckoutForm.displayName = 'CheckoutForm';
