/**
 * Reads a body stream into one buffer, stopping as soon as it passes `limit` bytes: the sender is
 * told to stop instead of being drained, and an oversized body is never held whole. Resolves to
 * `null` when the body is too large; what that means (413, a refusal) is the caller's to say.
 *
 * When `stop` aborts (a deadline, a client that hung up), the stream is cancelled and the read
 * rejects with the signal's reason; it never resolves to the part that had arrived.
 *
 * @example
 * const bytes = await readStreamAtMost(request.body, 8 * 1024, AbortSignal.timeout(10_000));
 * if (bytes === null) throw new BillingError('PAYLOAD_TOO_LARGE', '...');
 */
export async function readStreamAtMost(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  stop?: AbortSignal,
): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array(0);
  // An abort that came before this call fires no event: without this, a body that never arrives would hold the read.
  if (stop?.aborted) throw stop.reason;
  const reader = body.getReader();
  // Cancelling settles a pending read() at once, even on a stream whose source never answers. Only ever
  // added to `stop`, and removed (below) once the read is over, so a long-lived signal keeps no listener.
  const cancel = () => void reader.cancel(stop!.reason).catch(() => undefined);
  stop?.addEventListener('abort', cancel);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (stop?.aborted) throw stop.reason;
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
    return concat(chunks, total);
  } finally {
    stop?.removeEventListener('abort', cancel);
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  // One chunk, the usual case for a small body, needs no copy.
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
