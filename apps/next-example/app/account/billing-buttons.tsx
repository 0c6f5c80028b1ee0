'use client';

import { BillingPortalProvider, ManageBillingButton } from '@portalkit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

export interface BillingButtonsProps {
  /** The portal route to post to: the node one, or its edge twin. */
  endpoint: string;
  /** The subscription the cancel button is for, when the customer has one. */
  subscription: string | undefined;
}

/** The client boundary: the button needs TanStack Query, which needs the browser. */
export function BillingButtons({ endpoint, subscription }: BillingButtonsProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <BillingPortalProvider endpoint={endpoint}>
        <ManageBillingButton flow="payment_method_update" />{' '}
        {subscription && <ManageBillingButton flow="subscription_cancel" subscription={subscription} />}
      </BillingPortalProvider>
    </QueryClientProvider>
  );
}
