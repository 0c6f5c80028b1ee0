import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { UpdateConfirmItem } from '@portalkit/protocol';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';
import { useBillingControl } from './use-billing-control';

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
  const { endpoint } = useBillingPortalConfig();
  const { request, open, elementProps, errorRegion } = useBillingControl(props);
  return (
    <form
      method="post"
      action={endpoint}
      target={props.target === '_blank' ? '_blank' : undefined}
      onSubmit={(event) => {
        // With React running, take the fetch path: pending and error states instead of a page load.
        event.preventDefault();
        open();
      }}
    >
      {Object.entries(request).flatMap(([name, value]) =>
        name === 'items' && value
          ? Object.entries((value as [UpdateConfirmItem])[0]).map(([key, part]) => hidden(`items[0][${key}]`, part))
          : hidden(name, value),
      )}
      <button type="submit" {...elementProps} ref={ref} />
      {errorRegion}
    </form>
  );
});

// Named for React DevTools: bundlers rename the inner function (`ManageBillingForm2`) when it collides with the const.
ManageBillingForm.displayName = 'ManageBillingForm';

// A field in the bracket notation the handler reads (`items[0][id]`); unset values send nothing.
function hidden(name: string, value: unknown) {
  return value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />;
}
