import { BillingError } from './billing-error';
import { isBillingErrorCode } from './error-codes';
import type { PortalSessionResponse } from './wire';

/**
 * Turns a handler's answer (status and parsed JSON) into the session URL, or throws the
 * {@link BillingError} it describes. Anything that is not our contract becomes `NETWORK_ERROR`,
 * so a proxy's HTML error page never reaches the user as a message.
 *
 * @example
 * const url = parsePortalResponse(response.status, await response.json().catch(() => null)).url;
 */
export function parsePortalResponse(status: number, body: unknown, retryAfterHeader?: string | null): PortalSessionResponse {
  if (status >= 200 && status < 300) {
    const url = isRecord(body) ? body.url : undefined;
    if (typeof url === 'string' && isHttpUrl(url)) return { url };
    throw new BillingError('NETWORK_ERROR', `The server answered ${status} without a portal URL.`);
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && isBillingErrorCode(error.code) && typeof error.message === 'string') {
    const param = typeof error.param === 'string' ? error.param : undefined;
    throw new BillingError(error.code, error.message, { param, retryAfter: parseRetryAfter(retryAfterHeader) });
  }
  throw new BillingError('NETWORK_ERROR', `The server answered ${status} without an error body.`);
}

function parseRetryAfter(header: string | null | undefined): number | undefined {
  const seconds = header ? Number.parseInt(header, 10) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Only http(s): a `javascript:` URL from a compromised or confused server must never be navigated to.
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
