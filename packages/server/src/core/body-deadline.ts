/** Why reading a body was given up: it did not arrive in time, or the client went away. */
export type BodyReadStop = 'timeout' | 'aborted';

/**
 * What a read that was given up rejects with. Not a `BillingError`: the portal handler and the webhook
 * handler each answer it in their own words.
 *
 * @example
 * if (error instanceof BodyReadStopped && error.reason === 'timeout') logger.warn('slow body');
 */
export class BodyReadStopped extends Error {
  constructor(readonly reason: BodyReadStop, readonly timeoutMs: number) {
    super(reason === 'timeout' ? `The request body did not arrive within ${timeoutMs} ms.` : 'The client closed the request before its body arrived.');
    this.name = 'BodyReadStopped';
  }
}

/**
 * Runs `read` with a deadline and with the request's own `signal` (a client that hangs up), and
 * rejects with {@link BodyReadStopped} as soon as either ends it, whether or not `read` notices: a
 * `request.text()` cannot be told to stop, but the handler need not wait for it. `read` gets a signal
 * to cancel what it can (a stream reader) when that happens.
 *
 * @example
 * const text = await readWithin(request.signal, 10_000, () => request.text());
 */
export async function readWithin<T>(clientSignal: AbortSignal | undefined, timeoutMs: number, read: (stop: AbortSignal) => Promise<T>): Promise<T> {
  if (clientSignal?.aborted) throw new BodyReadStopped('aborted', timeoutMs);
  const controller = new AbortController();
  let fail: (error: BodyReadStopped) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const stop = (reason: BodyReadStop) => {
    const error = new BodyReadStopped(reason, timeoutMs);
    fail(error);
    controller.abort(error);
  };
  const onAbort = () => stop('aborted');
  const timer = setTimeout(stop, timeoutMs, 'timeout');
  clientSignal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.race([read(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    clientSignal?.removeEventListener('abort', onAbort);
  }
}
