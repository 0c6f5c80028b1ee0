import type { ReactElement } from 'react';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BillingPortalProvider, type BillingPortalProviderProps } from '../provider/billing-portal-provider';
import { createScriptedFetch } from './scripted-fetch';

/**
 * Renders `ui` in an app with a QueryClient and the provider, whose `fetch` is scripted and whose
 * `navigate` records where the page would have gone. Global mutation-cache callbacks are recorded too,
 * to show what an app's own logging would see.
 */
export function renderWithPortal(ui: ReactElement, provider: Omit<BillingPortalProviderProps, 'children'> = {}) {
  const server = createScriptedFetch();
  const navigations: string[] = [];
  const cacheEvents: unknown[] = [];
  const queryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (data, variables) => void cacheEvents.push({ data, variables }),
      onError: (error, variables) => void cacheEvents.push({ error, variables }),
    }),
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <BillingPortalProvider fetch={server.fetch} navigate={(url) => void navigations.push(url)} {...provider}>
        {ui}
      </BillingPortalProvider>
    </QueryClientProvider>,
  );
  return { ...result, server, navigations, queryClient, cacheEvents, user };
}
