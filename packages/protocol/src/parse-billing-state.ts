import type { BillingStateResponse } from './billing-state';
import { errorFromResponse, isOk } from './parse-response';

/**
 * Turns the billing-state handler's answer into its state, or throws the {@link BillingError} it
 * describes (`NETWORK_ERROR` for anything that is not our contract).
 *
 * @example
 * const state = parseBillingStateResponse(response.status, await response.json().catch(() => null));
 */
export function parseBillingStateResponse(status: number, body: unknown, retryAfterHeader?: string | null): BillingStateResponse {
  const state = Object(body) as Partial<BillingStateResponse>;
  if (
    isOk(status) &&
    typeof state.version === 'string' &&
    Array.isArray(state.subscriptions) &&
    Array.isArray(state.openInvoices)
  ) {
    return state as BillingStateResponse;
  }
  throw errorFromResponse(status, body, retryAfterHeader, 'a billing state');
}
