import type { ReactNode } from 'react';
import type { UseManageBillingResult } from '../hooks/use-manage-billing';
import type { ManageBillingOwnProps } from './manage-billing-props';

/** True when the component renders the error itself (the app did not take it over with `onError` alone). @internal */
export function showsError(billing: UseManageBillingResult, props: ManageBillingOwnProps): boolean {
  return billing.error !== null && (props.renderError !== undefined || props.onError === undefined);
}

/**
 * The error, in a `role="alert"` region the button points at with `aria-describedby`, so it is announced
 * when it appears and again when the button is focused. @internal
 */
export function ErrorRegion(props: { id: string; billing: UseManageBillingResult; own: ManageBillingOwnProps }): ReactNode {
  const { id, billing, own } = props;
  if (!billing.error || !billing.message || !showsError(billing, own)) return null;
  const { message, retry, reset } = billing;
  return (
    <div id={id} role="alert">
      {own.renderError ? own.renderError(billing.error, { message, retry, reset }) : message}
    </div>
  );
}

/** The state attributes both components render. @internal */
export function stateAttributes(billing: UseManageBillingResult, disabled: boolean | undefined) {
  return {
    'data-state': billing.status,
    'data-disabled': disabled ? '' : undefined,
    'aria-busy': billing.isBusy || undefined,
  } as const;
}

/** Joins `aria-describedby` ids, leaving out empty ones. @internal */
export function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
