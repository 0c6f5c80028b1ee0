import { BillingPortalProvider } from '@portalkit/react';
import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PageName } from '../server/page-data';
import { DemoLayout } from './components/demo-layout';
import { AccountPage } from './pages/account-page';
import { SignInPage } from './pages/sign-in-page';

export interface AppProps {
  page: PageName;
  /** The page's URL: the server's request URL, or `location.href` in the browser. */
  url: string;
  queryClient: QueryClient;
  /** The data the server rendered the page with. */
  state: DehydratedState;
}

/** The demo's whole front end: two pages, their data, and the kit's provider (default endpoint). */
export function App({ page, url, queryClient, state }: AppProps): ReactNode {
  const params = new URL(url).searchParams;
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <BillingPortalProvider>
          <DemoLayout>
            {page === 'sign-in' ? (
              <SignInPage failed={params.get('error') === 'unknown-user'} />
            ) : (
              <AccountPage returned={params.has('returned')} />
            )}
          </DemoLayout>
        </BillingPortalProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
