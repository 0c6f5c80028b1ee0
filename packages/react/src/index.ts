'use client';

// `ManageBillingForm` has its own entry, `@portalkit/react/form` (./form.ts), so the button's apps do not ship it.

export { createPortalSession } from './client/create-portal-session';
export type {
  BillingPortalClientOptions,
  CreatePortalSessionOptions,
  PortalHeaders,
} from './client/create-portal-session';
export {
  BILLING_PORTAL_MUTATION_KEY,
  billingPortalMutationOptions,
} from './hooks/billing-portal-mutation-options';
export type {
  BillingPortalMutationConfig,
  BillingPortalMutationOptions,
} from './hooks/billing-portal-mutation-options';
export { useManageBilling } from './hooks/use-manage-billing';
export type {
  ManageBillingStatus,
  OpenPortalOptions,
  PortalTarget,
  UseManageBillingOptions,
  UseManageBillingResult,
} from './hooks/manage-billing-types';
export { ManageBillingButton } from './components/manage-billing-button';
export type { ManageBillingButtonOwnProps, ManageBillingButtonProps } from './components/manage-billing-button';
export type { ManageBillingOwnProps, PortalFlowProps, RenderErrorHelpers } from './components/manage-billing-props';
export { BillingPortalProvider } from './provider/billing-portal-provider';
export type { BillingPortalProviderProps } from './provider/billing-portal-provider';
export { DEFAULT_BILLING_MESSAGES } from './provider/default-messages';
export type { BillingMessages } from './provider/default-messages';
export { DEFAULT_FLOW_LABELS } from './provider/default-labels';
export type { BillingLabelKey, BillingLabels } from './provider/default-labels';
export { useBillingState, billingStateQueryKey } from './state/use-billing-state';
export type { BillingReturnPhase, UseBillingStateOptions, UseBillingStateResult } from './state/use-billing-state';
export { DEFAULT_BILLING_STATE_ENDPOINT, fetchBillingState } from './state/fetch-billing-state';
export type { FetchBillingStateOptions } from './state/fetch-billing-state';
// Re-exported so an app checks errors without a second import: `isBillingError(error) && error.code`.
export { BillingError, isBillingError } from '@portalkit/protocol';
export type {
  BillingErrorCode,
  BillingStateResponse,
  PortalFlow,
  PortalLocale,
  PortalSessionRequest,
} from '@portalkit/protocol';
