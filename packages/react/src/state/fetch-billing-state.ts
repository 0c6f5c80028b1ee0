import { parseBillingStateResponse, type BillingStateResponse } from '@portalkit/protocol';
import { resolveHeaders, toBillingError, type BillingClientOptions } from '../client/request-session';

/** Where the billing-state handler listens unless the app says otherwise. */
export const DEFAULT_BILLING_STATE_ENDPOINT = '/api/billing/state';

/**
 * Options for {@link fetchBillingState}: the same headers and `fetch` as the portal client, and the
 * billing-state handler's URL as `endpoint`.
 *
 * @example
 * const options: FetchBillingStateOptions = { endpoint: '/billing/state', since: '41' };
 */
export interface FetchBillingStateOptions extends BillingClientOptions {
  /** The version shown before the customer left: the server then says whether it moved (`changed`). */
  since?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Reads the signed-in customer's billing state from the app's billing-state handler. Plain TypeScript,
 * no React; every failure is a {@link BillingError} (`NETWORK_ERROR` for what never reached our contract).
 *
 * @example
 * const state = await fetchBillingState({ since: '41' });
 * if (state.changed) showWhatChanged(state);
 */
export async function fetchBillingState({
  endpoint = DEFAULT_BILLING_STATE_ENDPOINT,
  headers,
  fetch = globalThis.fetch,
  since,
  signal,
}: FetchBillingStateOptions = {}): Promise<BillingStateResponse> {
  let response: Response;
  try {
    const requestHeaders = await resolveHeaders(headers);
    requestHeaders.set('Accept', 'application/json');
    // A relative endpoint resolves against the page; the query string is ours to add.
    const url = since == null ? endpoint : `${endpoint}${endpoint.includes('?') ? '&' : '?'}since=${encodeURIComponent(since)}`;
    // `no-store`: the state is the customer's own and changes under the page; no cache may answer for it.
    response = await fetch(url, {
      method: 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: requestHeaders,
      signal,
    });
  } catch (cause) {
    throw toBillingError(cause, signal?.aborted ? 'The billing state request was aborted.' : `Could not reach ${endpoint}.`);
  }
  return parseBillingStateResponse(response.status, await response.json().catch(() => null), response.headers.get('Retry-After'));
}
