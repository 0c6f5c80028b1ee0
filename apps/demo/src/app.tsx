import { BillingPortalProvider } from '@portalkit/react';
import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CHECKOUT_PATH, type PageName } from '../server/page-data';
import { DemoLayout } from './components/demo-layout';
import { AccountPage } from './pages/account-page';
import { CheckoutSuccessPage } from './pages/checkout-success-page';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';

export interface AppProps {
  page: PageName;
  /** The page's URL: the server's request URL, or `location.href` in the browser. */
  url: string;
  queryClient: QueryClient;
  /** The data the server rendered the page with. */
  state: DehydratedState;
}

/** The page for `page`, with what it reads from the URL. */
function Page({ page, url }: { page: PageName; url: URL }): ReactNode {
  const params = url.searchParams;
  switch (page) {
    case 'sign-in':
      return <SignInPage failed={params.get('error') === 'unknown-user'} />;
    case 'checkout-success':
      return <CheckoutSuccessPage sessionId={params.get('session_id')} />;
    case 'not-found':
      return <NotFoundPage />;
    default:
      // A return from Stripe is not in the URL (nothing to replay on reload): the server remembers the trip.
      return <AccountPage notice={params.has('renewed') ? 'renewed' : null} origin={url.origin} />;
  }
}

/** The demo's whole front end: three pages, their data, and the kit's provider. */
export function App({ page, url, queryClient, state }: AppProps): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        {/* The portal's endpoint is the kit's default; Checkout's is named, as the server mounts it. */}
        <BillingPortalProvider checkoutEndpoint={CHECKOUT_PATH}>
          <DemoLayout>
            <Page page={page} url={new URL(url)} />
          </DemoLayout>
        </BillingPortalProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
