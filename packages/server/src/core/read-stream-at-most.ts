/**
 * Reads a body stream into one buffer, stopping as soon as it passes `limit` bytes: the sender is
 * told to stop instead of being drained, and an oversized body is never held whole. Resolves to
 * `null` when the body is too large; what that means (413, a refusal) is the caller's to say.
 *
 * @example
 * const bytes = await readStreamAtMost(request.body, 8 * 1024);
 * if (bytes === null) throw new BillingError('PAYLOAD_TOO_LARGE', '...');
 */
export async function readStreamAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
