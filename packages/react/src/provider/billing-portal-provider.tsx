import { useContext, useMemo, type ReactNode } from 'react';
import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { BillingClientOptions } from '../client/request-session';
import { BillingPortalContext, type ResolvedBillingPortalConfig } from './billing-portal-context';
import type { BillingLabels } from './default-labels';
import type { BillingMessages } from './default-messages';

/**
 * Props of {@link BillingPortalProvider}. Every prop is optional; a nested provider inherits what it leaves out.
 *
 * @example
 * const props: BillingPortalProviderProps = { endpoint: '/billing/portal', messages: { NOT_FOUND: 'Abonnement nicht gefunden.' } };
 */
export interface BillingPortalProviderProps extends BillingClientOptions {
  /**
   * The URL of the app's Checkout handler (`createCheckoutHandler` on the server), for `CheckoutButton`
   * and `useCheckout`. `endpoint` is the portal's.
   * @defaultValue `'/api/billing/checkout'`
   */
  checkoutEndpoint?: string | undefined;
  /**
   * Leaves for the portal or Checkout in this tab. Tests and stories pass a function that records the URL instead,
   * so nothing leaves the page. Called once per session URL; do not store the URL.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: ((url: string) => void) | undefined;
  /**
   * The QueryClient for the kit's mutations, for an app that has no `QueryClientProvider` mounted.
   * Only then does the provider mount one around `children`; an app's own provider is never shadowed.
   */
  queryClient?: QueryClient | undefined;
  /**
   * Text shown to customers per error code, merged over {@link DEFAULT_BILLING_MESSAGES} (e.g. a translation).
   * @defaultValue `DEFAULT_BILLING_MESSAGES`
   */
  messages?: BillingMessages | undefined;
  /**
   * Default button labels per flow, merged over {@link DEFAULT_FLOW_LABELS} (e.g. a translation).
   * @defaultValue `DEFAULT_FLOW_LABELS`
   */
  labels?: BillingLabels | undefined;
  /** The part of the app that uses the kit. */
  children?: ReactNode;
}

/**
 * Optional settings for every billing button and hook below it (portal and Checkout): the endpoints, headers (e.g. a CSRF
 * token), a custom `fetch`, a QueryClient, translated messages, and how to navigate.
 *
 * @example
 * <BillingPortalProvider endpoint="/billing/portal" headers={() => ({ 'X-CSRF-Token': readCsrfToken() })}>
 *   <ManageBillingButton flow="payment_method_update" />
 * </BillingPortalProvider>
 */
export function BillingPortalProvider(props: BillingPortalProviderProps): ReactNode {
  const { children, endpoint, checkoutEndpoint, headers, fetch, navigate, queryClient, messages, labels } = props;
  const parent = useContext(BillingPortalContext);
  const appQueryClient = useContext(QueryClientContext);

  const value = useMemo<ResolvedBillingPortalConfig>(
    () => ({
      endpoint: endpoint ?? parent.endpoint,
      checkoutEndpoint: checkoutEndpoint ?? parent.checkoutEndpoint,
      headers: headers ?? parent.headers,
      fetch: fetch ?? parent.fetch,
      navigate: navigate ?? parent.navigate,
      queryClient: queryClient ?? parent.queryClient,
      messages: { ...parent.messages, ...messages },
      labels: { ...parent.labels, ...labels },
    }),
    [parent, endpoint, checkoutEndpoint, headers, fetch, navigate, queryClient, messages, labels],
  );

  const tree = <BillingPortalContext.Provider value={value}>{children}</BillingPortalContext.Provider>;
  // Mount a QueryClientProvider only for an app without one, so the app's own client stays in charge.
  return queryClient && !appQueryClient ? <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider> : tree;
}
