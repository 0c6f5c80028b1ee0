import { createContext, useContext } from 'react';
import { DEFAULT_PORTAL_ENDPOINT, type BillingErrorCode } from '@portalkit/protocol';
import type { QueryClient } from '@tanstack/react-query';
import type { BillingHeaders } from '../client/request-session';
import { DEFAULT_FLOW_LABELS, type BillingLabelKey } from './default-labels';
import { DEFAULT_BILLING_MESSAGES } from './default-messages';

/**
 * The provider's settings with every default filled in.
 * @internal
 */
export interface ResolvedBillingPortalConfig {
  endpoint: string;
  /** Unset means `DEFAULT_CHECKOUT_ENDPOINT`, filled in where Checkout is used, so a portal-only app does not ship it. */
  checkoutEndpoint?: string | undefined;
  headers?: BillingHeaders | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  /** Unset means `window.location.assign`, filled in by the session mutation options. */
  navigate?: ((url: string) => void) | undefined;
  messages: Readonly<Record<BillingErrorCode, string>>;
  labels: Readonly<Record<BillingLabelKey, string>>;
  queryClient?: QueryClient | undefined;
}

/** @internal */
export const DEFAULT_CONFIG: ResolvedBillingPortalConfig = {
  endpoint: DEFAULT_PORTAL_ENDPOINT,
  messages: DEFAULT_BILLING_MESSAGES,
  labels: DEFAULT_FLOW_LABELS,
};

/** @internal */
export const BillingPortalContext = createContext<ResolvedBillingPortalConfig>(DEFAULT_CONFIG);

/**
 * The nearest provider's settings, or the defaults when there is none: the kit works without a provider.
 * @internal
 */
export function useBillingPortalConfig(): ResolvedBillingPortalConfig {
  return useContext(BillingPortalContext);
}
