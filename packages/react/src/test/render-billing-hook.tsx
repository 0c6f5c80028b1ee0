import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { useManageBilling } from '../hooks/use-manage-billing';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { createScriptedFetch } from './scripted-fetch';

/**
 * Renders `useManageBilling(options)` inside the provider, whose `fetch` is scripted and whose `navigate`
 * records where this tab would have gone.
 *
 * @example
 * const { result, server, navigations } = renderBillingHook();
 * act(() => result.current.open({ flow: 'customer_update' }));
 */
export function renderBillingHook(options: Parameters<typeof useManageBilling>[0] = {}) {
  const server = createScriptedFetch();
  const navigations: string[] = [];
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BillingPortalProvider fetch={server.fetch} navigate={(url) => void navigations.push(url)} queryClient={queryClient}>
      {children}
    </BillingPortalProvider>
  );
  const hook = renderHook(() => useManageBilling(options), { wrapper });
  return { ...hook, server, navigations, queryClient };
}
