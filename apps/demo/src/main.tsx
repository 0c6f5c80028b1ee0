import { QueryClient } from '@tanstack/react-query';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { PAGE_STATE_ELEMENT_ID, type PageState } from './page-state';

const element = document.getElementById(PAGE_STATE_ELEMENT_ID);
const { page, state } = JSON.parse(element?.textContent ?? '{}') as PageState;

const queryClient = new QueryClient({
  // The server's data is fresh when the page loads; refetch when the customer comes back to the tab.
  defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true } },
});

hydrateRoot(
  document.getElementById('root') as HTMLElement,
  <App page={page} url={window.location.href} queryClient={queryClient} state={state} />,
);
