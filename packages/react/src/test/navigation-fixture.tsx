/*
 * A page of its own for the navigation test: loaded in an iframe, so `window.location.assign` (the
 * default `navigate`) moves that frame and not the test runner. The server's answer points at a page
 * on this origin (`landing.html`) so the frame can be read after it navigates.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { BillingPortalProvider, ManageBillingButton } from '../index';
import { createScriptedFetch } from './scripted-fetch';

const server = createScriptedFetch();
const landing = new URL('./landing.html', import.meta.url);
landing.search = '?from=portal';
server.autoRespond(200, { url: landing.href });

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <BillingPortalProvider fetch={server.fetch}>
      <ManageBillingButton flow="payment_method_update" />
    </BillingPortalProvider>
  </QueryClientProvider>,
);
