import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BillingPortalProvider, CheckoutButton, ManageBillingButton } from '../index';

/**
 * The page of the pre-hydration browser tests, rendered to HTML by the test and hydrated later by
 * pre-hydration-fixture.tsx: a portal and a Checkout button posting to the form-post recorder under
 * `token`. `fetch` is the page's real one after hydration; the test reads what it was asked for.
 */
export function PreHydrationApp({ token, fetch }: { token: string; fetch?: typeof globalThis.fetch | undefined }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <BillingPortalProvider
        endpoint={`/__form-post/${token}/portal`}
        checkoutEndpoint={`/__form-post/${token}/checkout`}
        fetch={fetch}
        navigate={() => undefined}
      >
        <div style={{ display: 'flex', gap: 8 }}>
          <ManageBillingButton flow="subscription_cancel" subscription="sub_1" returnTo="/account" />
          <CheckoutButton plan="pro_monthly" quantity={2} />
        </div>
      </BillingPortalProvider>
    </QueryClientProvider>
  );
}
