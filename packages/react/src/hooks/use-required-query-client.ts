import { useContext } from 'react';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';

/**
 * The QueryClient given, else the app's mounted one. In development a missing client fails with the
 * three ways to fix it; in production the check is compiled out and TanStack Query's own error remains.
 * @internal
 */
export function useRequiredQueryClient(explicit: QueryClient | undefined): QueryClient | undefined {
  const mounted = useContext(QueryClientContext);
  const client = explicit ?? mounted;
  if (process.env.NODE_ENV !== 'production' && !client) {
    throw new Error(
      '[portalkit] useManageBilling() found no QueryClient. Mount <QueryClientProvider client={queryClient}> ' +
        'from @tanstack/react-query above it, or pass one: <BillingPortalProvider queryClient={queryClient}> ' +
        'or useManageBilling({ queryClient }).',
    );
  }
  return client;
}
