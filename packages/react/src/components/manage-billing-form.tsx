import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { BillingButton } from './billing-button';
import { usePortalButtonProps } from './portal-button-props';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';

/**
 * Props of {@link ManageBillingForm}: the flow fields (typed per flow), the shared props, and the native
 * props of its submit `<button>` (which gets the ref).
 *
 * @example
 * import type { ManageBillingFormProps } from '@portalkit/react/form';
 *
 * const props: ManageBillingFormProps = { flow: 'payment_method_update', className: 'btn' };
 */
export type ManageBillingFormProps = PortalFlowProps &
  ManageBillingOwnProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ManageBillingOwnProps | 'type' | 'onError' | 'name' | 'value' | `form${string}`>;

/**
 * The portal button as a real `<form method="post">` to the endpoint, with the request as hidden fields:
 * it works before hydration and with JavaScript off (the handler answers `303 See Other`), and once
 * React runs it takes the same fetch path as {@link ManageBillingButton}. Use it in server-rendered pages.
 * Import it from `@portalkit/react/form`, so apps that only render the button do not ship it.
 *
 * @example
 * import { ManageBillingForm } from '@portalkit/react/form';
 *
 * <ManageBillingForm flow="subscription_update" subscription={subscription.id}>Change plan</ManageBillingForm>
 */
export const ManageBillingForm = forwardRef<HTMLButtonElement, ManageBillingFormProps>(function ManageBillingForm(props, ref) {
  return <BillingButton {...usePortalButtonProps(props)} buttonRef={ref} formStyle={undefined} />;
});

// Named for React DevTools: bundlers rename the inner function (`ManageBillingForm2`) when it collides with the const.
ManageBillingForm.displayName = 'ManageBillingForm';
