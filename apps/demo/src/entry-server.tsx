import { billingStateQueryKey } from '@portalkit/react';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import type { InitialData, PageName } from '../server/page-data';
import { billingStateQuery, demoUsersQuery, plansQuery, purchaseQuery, sessionQuery } from './api';
import { App } from './app';
import { PAGE_STATE_ELEMENT_ID, type PageState } from './page-state';
import { returnNoticeQuery } from './return-notice-query';
import { pageTitle } from './page-title';

/** Renders a page with its data, its `<title>` text, and the `<script>` carrying that data to the browser. */
export function render(page: PageName, url: string, data: InitialData): { html: string; title: string; stateScript: string } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(sessionQuery.queryKey, data.session);
  if (data.users) queryClient.setQueryData(demoUsersQuery.queryKey, data.users);
  if (data.billing) {
    queryClient.setQueryData(billingStateQuery.queryKey, data.billing);
    // Stale on arrival (updated at 0): the browser asks once on load, with `?since=` when it is back from Stripe.
    queryClient.setQueryData(billingStateQueryKey(), data.billing, { updatedAt: 0 });
  }
  if (data.plans) queryClient.setQueryData(plansQuery.queryKey, data.plans);
  if (data.returnNotice !== undefined) queryClient.setQueryData(returnNoticeQuery.queryKey, data.returnNotice);
  if (data.purchase !== undefined) {
    queryClient.setQueryData(purchaseQuery(new URL(url).searchParams.get('session_id')).queryKey, data.purchase);
  }
  const state = dehydrate(queryClient);
  const html = renderToString(<App page={page} url={url} queryClient={queryClient} state={state} />);
  // JSON in a non-executed script; `<` escaped so a customer's name cannot close the tag.
  const json = JSON.stringify({ page, state } satisfies PageState).replaceAll('<', '\\u003c');
  return {
    html,
    title: pageTitle(page, data),
    stateScript: `<script id="${PAGE_STATE_ELEMENT_ID}" type="application/json">${json}</script>`,
  };
}
