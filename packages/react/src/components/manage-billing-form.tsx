import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { PortalSessionRequest } from '@portalkit/protocol';
import { useManageBilling } from '../hooks/use-manage-billing';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import { describedBy, ErrorRegion, showsError, stateAttributes } from './error-region';
import { toPortalRequest, type ManageBillingOwnProps, type PortalFlowProps } from './manage-billing-props';

/**
 * Props of {@link ManageBillingForm}: the flow fields (typed per flow), the shared props, and the native
 * props of its submit `<button>` (which gets the ref).
 */
export type ManageBillingFormProps = PortalFlowProps &
  ManageBillingOwnProps &
  Omit<
    ComponentPropsWithoutRef<'button'>,
    keyof ManageBillingOwnProps | 'type' | 'onError' | 'name' | 'value' | `form${string}`
  >;

/**
 * The portal button as a real `<form method="post">` to the endpoint, with the request as hidden fields:
 * it works before hydration and with JavaScript off (the handler answers `303 See Other`), and once
 * React runs it takes the same fetch path as {@link ManageBillingButton}. Use it in server-rendered pages.
 *
 * @example
 * <ManageBillingForm flow="subscription_update" subscription={subscription.id}>Change plan</ManageBillingForm>
 */
export const ManageBillingForm = forwardRef<HTMLButtonElement, ManageBillingFormProps>(
  function ManageBillingForm(props, ref) {
    const {
      flow, subscription, items, returnTo, locale, target = '_self', children, renderError, onError, disabled,
      'aria-describedby': ariaDescribedBy, ...buttonProps
    } = props;
    const billing = useManageBilling({ onError });
    const { endpoint, labels } = useBillingPortalConfig();
    const errorId = useId();
    const request = toPortalRequest(props);

    return (
      <form
        method="post"
        action={endpoint}
        target={target === '_blank' ? '_blank' : undefined}
        onSubmit={(event) => {
          // With React running, take the fetch path: pending and error states instead of a page load.
          event.preventDefault();
          if (!disabled) billing.open(request, { target });
        }}
      >
        {hiddenFields(request).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          {...buttonProps}
          ref={ref}
          disabled={disabled}
          {...stateAttributes(billing, disabled)}
          aria-disabled={billing.isBusy || undefined}
          aria-describedby={describedBy(ariaDescribedBy, showsError(billing, props) && errorId)}
        >
          {children ?? labels[flow ?? 'portal_homepage']}
        </button>
        <ErrorRegion id={errorId} billing={billing} own={props} />
      </form>
    );
  },
);

/** The request as form fields, with the item in bracket notation (`items[0][id]`) as the handler reads it. */
function hiddenFields(request: PortalSessionRequest): [string, string][] {
  const fields: [string, string][] = [];
  if (request.flow) fields.push(['flow', request.flow]);
  if ('subscription' in request) fields.push(['subscription', request.subscription]);
  const item = 'items' in request ? request.items[0] : undefined;
  if (item) {
    fields.push(['items[0][id]', item.id]);
    if (item.price !== undefined) fields.push(['items[0][price]', item.price]);
    if (item.quantity !== undefined) fields.push(['items[0][quantity]', String(item.quantity)]);
  }
  if (request.returnTo !== undefined) fields.push(['returnTo', request.returnTo]);
  if (request.locale !== undefined) fields.push(['locale', request.locale]);
  return fields;
}
