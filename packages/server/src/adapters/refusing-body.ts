import { BillingError } from '@portalkit/protocol';

/**
 * A body that cannot be read, for a request whose original bytes a middleware consumed and could not
 * give back faithfully. Reading it fails with a `SERVER_MISCONFIGURED` error carrying `message`,
 * which the portal handler answers as it answers any of its own errors.
 *
 * A stream rather than an error the adapter answers itself, so the handler's checks that need no
 * body (method, origin, `Content-Type`, `Content-Encoding`, declared length) still come first and
 * answer exactly as they would for the original request; only a request that would be read gets the
 * setup error.
 *
 * @example
 * replaceBody(request, refusingBody('express.json() ran before the portal route; mount the route first.'));
 */
export function refusingBody(message: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      controller.error(new BillingError('SERVER_MISCONFIGURED', message));
    },
  });
}
