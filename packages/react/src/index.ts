'use client';

// The form variants have their own entry, `@portalkit/react/form` (./form.ts), so the buttons' apps do not ship them.

export { createPortalSession } from './client/create-portal-session';
export type {
  BillingPortalClientOptions,
  CreatePortalSessionOptions,
  PortalHeaders,
} from './client/create-portal-session';
export { createCheckoutSession } from './client/create-checkout-session';
export type { BillingClientOptions, BillingHeaders, CreateSessionOptions } from './client/request-session';
export {
  BILLING_PORTAL_MUTATION_KEY,
  billingPortalMutationOptions,
} from './hooks/billing-portal-mutation-options';
export type {
  BillingPortalMutationConfig,
  BillingPortalMutationOptions,
} from './hooks/billing-portal-mutation-options';
export { CHECKOUT_MUTATION_KEY, checkoutMutationOptions } from './hooks/checkout-mutation-options';
export type { CheckoutMutationOptions } from './hooks/checkout-mutation-options';
export type { BillingSessionOptions, SessionMutationOptions } from './hooks/session-mutation-options';
export { useManageBilling } from './hooks/use-manage-billing';
export type {
  ManageBillingStatus,
  OpenPortalOptions,
  PortalTarget,
  UseManageBillingOptions,
  UseManageBillingResult,
} from './hooks/manage-billing-types';
export { useCheckout } from './hooks/use-checkout';
export type { UseCheckoutOptions, UseCheckoutResult } from './hooks/checkout-types';
export type {
  BillingSessionResult,
  BillingSessionStatus,
  BillingSessionTarget,
  OpenSessionOptions,
  UseBillingSessionOptions,
} from './hooks/billing-session-types';
export { ManageBillingButton } from './components/manage-billing-button';
export type { ManageBillingButtonOwnProps, ManageBillingButtonProps } from './components/manage-billing-button';
export type { ManageBillingOwnProps, PortalFlowProps } from './components/manage-billing-props';
export { CheckoutButton } from './components/checkout-button';
export type { CheckoutButtonOwnProps, CheckoutButtonProps } from './components/checkout-button';
export type { BillingButtonOwnProps, BillingControlProps, RenderErrorHelpers } from './components/billing-control-props';
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
  CheckoutSessionRequest,
  CheckoutSessionResponse,
  PortalFlow,
  PortalLocale,
  PortalSessionRequest,
} from '@portalkit/protocol';
