/*
 * Request bodies that arrive the way real ones can: in pieces, or never. For the body-reading tests of
 * both handlers.
 */

/** A body that sends `head` (if any) and then nothing, never closing; records whether it was cancelled. */
export function stalledBody(head?: Uint8Array) {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(head);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

/** A body that arrives as exactly these chunks, one per read, then ends. */
export function chunkedBody(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** `bytes` cut into pieces of `size` bytes (the last one shorter), cutting through multi-byte characters too. */
export function splitBytes(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < bytes.byteLength; start += size) pieces.push(bytes.slice(start, start + size));
  return pieces;
}

/** A POST with a streamed body, as a server hands over a chunked upload (no Content-Length unless given). */
export function streamedRequest(
  url: string,
  body: ReadableStream<Uint8Array>,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Request {
  return new Request(url, { method: 'POST', headers, body, signal, duplex: 'half' } as RequestInit);
}

/**
 * A body of `chunks` chunks of `chunkBytes` spaces, recording how many were pulled and whether it was
 * cancelled. Long but finite, so a reader that never stops fails a test instead of hanging it.
 */
export function longBody(chunkBytes: number, chunks: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}
