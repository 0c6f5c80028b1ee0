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
  if (request.body === null) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }

  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
