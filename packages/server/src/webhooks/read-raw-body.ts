import { readStreamAtMost } from '../core/read-stream-at-most';

/**
 * Reads a request body as the exact bytes sent, stopping as soon as it passes `limit` bytes, so an
 * oversized body is never held in memory whole. Resolves to `null` when the body is too large.
 *
 * The bytes are not decoded or parsed here: the signature covers the raw body, and any re-encoding
 * (JSON round trip, charset fix-up) would make a genuine delivery fail verification.
 *
 * @example
 * const body = await readRawBody(request, 1024 * 1024);
 * if (body === null) return new Response(null, { status: 413 });
 */
export async function readRawBody(request: Request, limit: number): Promise<Uint8Array | null> {
  // A truthful Content-Length lets us refuse before reading; a lying one is caught by the count below.
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  return readStreamAtMost(request.body, limit);
}
