import { readWithin } from '../core/body-deadline';
import { readStreamAtMost } from '../core/read-stream-at-most';

/*
 * How long a delivery's body may take to arrive. Stripe sends a few kilobytes in one go and expects a
 * quick 2xx (https://docs.stripe.com/webhooks), so a body still missing after ten seconds comes from
 * something other than Stripe, or from a connection that is gone.
 */
const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/**
 * Reads a request body as the exact bytes sent, stopping as soon as it passes `limit` bytes, so an
 * oversized body is never held in memory whole. Resolves to `null` when the body is too large.
 * Rejects (with `BodyReadStopped`) when the body has not arrived within `timeoutMs` or the client
 * hangs up (`request.signal`), so a stalled sender cannot hold the handler open.
 *
 * The bytes are not decoded or parsed here: the signature covers the raw body, and any re-encoding
 * (JSON round trip, charset fix-up) would make a genuine delivery fail verification.
 *
 * @example
 * const body = await readRawBody(request, 1024 * 1024);
 * if (body === null) return new Response(null, { status: 413 });
 */
export async function readRawBody(
  request: Request,
  limit: number,
  timeoutMs = DEFAULT_BODY_TIMEOUT_MS,
): Promise<Uint8Array | null> {
  // A truthful Content-Length lets us refuse before reading; a lying one is caught by the count below.
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  const cancel = new AbortController();
  return readWithin(request, timeoutMs, () => readStreamAtMost(request.body, limit, cancel.signal), cancel);
}
