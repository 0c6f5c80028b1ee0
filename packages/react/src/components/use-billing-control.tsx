import { useId, type ReactNode } from 'react';
import type { PortalSessionRequest } from '@portalkit/protocol';
import type { UseManageBillingResult } from '../hooks/manage-billing-types';
import { useManageBilling } from '../hooks/use-manage-billing';
import { useBillingPortalConfig, type ResolvedBillingPortalConfig } from '../provider/billing-portal-context';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';

type ControlProps = PortalFlowProps &
  ManageBillingOwnProps & { disabled?: boolean | undefined; 'aria-describedby'?: string | undefined };

// The props both components consume; the rest go to the rendered element.
const OWN_PROPS = ['flow', 'subscription', 'items', 'returnTo', 'locale', 'target', 'prefetch', 'asChild', 'renderError', 'onError'];

/** What both components render from: the hook, the request, and the element's state attributes. @internal */
export interface BillingControl {
  billing: UseManageBillingResult;
  config: ResolvedBillingPortalConfig;
  request: PortalSessionRequest;
  /** Opens the portal for these props, unless disabled. */
  open: () => void;
  /** The props for the element: the app's own (minus ours), state attributes, description and label. */
  elementProps: Record<string, unknown>;
  /** The live region with the error, or null. */
  errorRegion: ReactNode;
}

/**
 * The shared wiring of {@link ManageBillingButton} and {@link ManageBillingForm}: state as
 * `data-state`/`aria-busy`, the label, and the error in a `role="alert"` region the element points at
 * with `aria-describedby` (announced when it appears, and again when the element is focused). @internal
 */
export function useBillingControl(props: ControlProps): BillingControl {
  const { flow, subscription, items, returnTo, locale, target, renderError, onError, disabled } = props;
  const billing = useManageBilling({ onError });
  const config = useBillingPortalConfig();
  const errorId = useId();
  // JSON and the form leave out undefined fields, so they need not be stripped here.
  const request = { flow, subscription, items, returnTo, locale } as PortalSessionRequest;
  // `onError` alone means the app shows the error itself.
  const showsError = billing.error !== null && (renderError !== undefined || onError === undefined);

  const elementProps: Record<string, unknown> = { ...props };
  for (const key of OWN_PROPS) delete elementProps[key];
  Object.assign(elementProps, {
    'data-state': billing.status,
    'data-disabled': disabled ? '' : undefined,
    'aria-busy': billing.isBusy || undefined,
    // `aria-disabled`, not `disabled`, while busy: the control keeps focus and stays announced.
    'aria-disabled': billing.isBusy || undefined,
    'aria-describedby': [props['aria-describedby'], showsError && errorId].filter(Boolean).join(' ') || undefined,
    children: props.children ?? config.labels[flow ?? 'portal_homepage'],
  });

  const { error, message, retry, reset } = billing;
  return {
    billing,
    config,
    request,
    open: () => disabled || billing.open(request, { target }),
    elementProps,
    errorRegion:
      showsError && error && message ? (
        <div id={errorId} role="alert">
          {renderError ? renderError(error, { message, retry, reset }) : message}
        </div>
      ) : null,
  };
}
