import { useId, type ReactNode } from 'react';
import type { PortalSessionRequest } from '@portalkit/protocol';
import type { UseManageBillingResult } from '../hooks/manage-billing-types';
import { useManageBilling } from '../hooks/use-manage-billing';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';

type ControlProps = PortalFlowProps &
  ManageBillingOwnProps & {
    /** The button's `asChild`, which changes how `disabled` is shown. */
    asChild?: boolean | undefined;
    disabled?: boolean | undefined;
    'aria-describedby'?: string | undefined;
  };

/** What both components render from: the hook, the request, and the element's state attributes. @internal */
export interface BillingControl {
  billing: UseManageBillingResult;
  request: PortalSessionRequest;
  /** Opens the portal for these props, unless disabled. */
  open: () => void;
  /** The props for the element: the app's own (minus ours), state attributes, description and label. */
  elementProps: Record<string, unknown>;
  /** The live region with the error, or nothing. */
  errorRegion: ReactNode;
}

/**
 * The shared wiring of {@link ManageBillingButton} and {@link ManageBillingForm}: state as
 * `data-state`/`aria-busy`, `disabled` (as `aria-disabled` on an `asChild` element), the label, and the
 * error in a `role="alert"` region the element points at with `aria-describedby` (announced when it
 * appears, and again when the element is focused). The component strips its own props first, all but
 * `asChild`; everything else here goes to the element. @internal
 */
export function useBillingControl(props: ControlProps): BillingControl {
  const { flow, subscription, items, returnTo, locale, target, renderError, onError, asChild, disabled, ...rest } = props;
  const billing = useManageBilling({ onError });
  const config = useBillingPortalConfig();
  const errorId = useId();
  // JSON and the form leave out undefined fields, so they need not be stripped here.
  const request = { flow, subscription, items, returnTo, locale } as PortalSessionRequest;
  const { error, message, retry, reset, isBusy } = billing;
  // `onError` alone means the app shows the error itself.
  const showsError = error && message && (renderError || !onError);

  return {
    billing,
    request,
    open: () => disabled || billing.open(request, { target }),
    elementProps: {
      ...rest,
      // An `asChild` element may have no `disabled` (a link): it gets `aria-disabled` instead.
      disabled: !asChild && disabled,
      'aria-busy': isBusy || undefined,
      // `aria-disabled`, not `disabled`, while busy: the control keeps focus and stays announced.
      'aria-disabled': isBusy || (asChild && disabled) || undefined,
      'data-disabled': disabled ? '' : undefined,
      'data-state': billing.status,
      'aria-describedby': [rest['aria-describedby'], showsError && errorId].filter(Boolean).join(' ') || undefined,
      children: rest.children ?? config.labels[flow ?? 'portal_homepage'],
    },
    errorRegion: showsError && (
      <div id={errorId} role="alert">
        {renderError ? renderError(error, { message, retry, reset }) : message}
      </div>
    ),
  };
}
