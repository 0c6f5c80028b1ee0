import { BillingError } from './billing-error';
import { isBillingErrorCode } from './error-codes';
import type { PortalSessionResponse } from './wire';

/**
 * Turns a portal or Checkout handler's answer (status and parsed JSON) into the session URL, or throws the
 * {@link BillingError} it describes. Anything that is not our contract becomes `NETWORK_ERROR`,
 * so a proxy's HTML error page never reaches the user as a message.
 *
 * @example
 * const url = parsePortalResponse(response.status, await response.json().catch(() => null)).url;
 */
export function parsePortalResponse(status: number, body: unknown, retryAfterHeader?: string | null): PortalSessionResponse {
  // `Object()` turns null and primitives into objects without fields, so reading a field never throws.
  const { url, error } = Object(body) as Record<string, unknown>;
  const ok = status >= 200 && status < 300;
  if (ok) {
    if (isHttpUrl(url)) return { url };
  } else {
    const { code, message, param } = Object(error) as Record<string, unknown>;
    if (isBillingErrorCode(code) && typeof message === 'string') {
      throw new BillingError(code, message, {
        param: typeof param === 'string' ? param : undefined,
        retryAfter: parseRetryAfter(retryAfterHeader),
      });
    }
  }
  throw new BillingError('NETWORK_ERROR', `The server answered ${status} without ${ok ? 'a session URL' : 'an error body'}.`);
}

// Whole seconds only; the HTTP-date form is not worth parsing for a hint.
function parseRetryAfter(header: string | null | undefined): number | undefined {
  const seconds = Number.parseInt(header ?? '', 10);
  return seconds >= 0 ? seconds : undefined;
}

// Only http(s): a `javascript:` URL from a compromised or confused server must never be navigated to.
function isHttpUrl(value: unknown): value is string {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
