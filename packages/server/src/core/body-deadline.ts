const LISTEN_AFTER_MS = 1;

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
  constructor(
    readonly reason: BodyReadStop,
    readonly timeoutMs: number,
  ) {
    super(
      reason === 'timeout'
        ? `The request body did not arrive within ${timeoutMs} ms.`
        : 'The client closed the request before its body arrived.',
    );
    this.name = 'BodyReadStopped';
  }
}

/**
 * Runs `read` with a deadline and with the request's own `signal` (a client that hangs up), and
 * rejects with {@link BodyReadStopped} as soon as either ends it, whether or not `read` notices: a
 * `request.text()` cannot be told to stop, but the handler need not wait for it. What can be
 * cancelled (a stream reader) listens to `cancel`, which is aborted with the same error.
 *
 * @example
 * const text = await readWithin(request, 10_000, () => request.text());
 * const cancel = new AbortController();
 * const bytes = await readWithin(request, 10_000, () => readStreamAtMost(request.body, limit, cancel.signal), cancel);
 */
export function readWithin<T>(
  request: Pick<Request, 'signal'>,
  timeoutMs: number,
  read: () => Promise<T>,
  cancel?: AbortController,
): Promise<T> {
  // A stream from a client already gone is not started; a body in memory is read at once either way.
  if (cancel && request.signal?.aborted) return Promise.reject(new BodyReadStopped('aborted', timeoutMs));
  // One promise, one timer and plain callbacks, no async function or Promise.race: this runs on every request.
  return new Promise<T>((resolve, reject) => {
    /*
     * `request.signal` is read only once the first millisecond has passed: on @hono/node-server's
     * lightweight request the getter builds an AbortController, which a body already in memory never
     * needs (it was most of what the deadline cost per request in `pnpm bench`).
     */
    let clientSignal: AbortSignal | undefined;
    let listening = false;
    const done = () => {
      clearTimeout(timer);
      if (listening) clientSignal?.removeEventListener('abort', onAbort);
    };
    const stop = (reason: BodyReadStop) => {
      done();
      const error = new BodyReadStopped(reason, timeoutMs);
      cancel?.abort(error);
      reject(error);
    };
    const onAbort = () => stop('aborted');
    /*
     * A body already in memory is read within a millisecond, so the abort listener is added only after
     * one: adding one to a request's signal costs more than the rest of this function (an EventTarget in
     * Node, and in undici a signal that follows another), and a hang-up before then is seen here too.
     * The same timer then waits out the rest of the deadline.
     */
    const firstTurn = Math.min(LISTEN_AFTER_MS, timeoutMs);
    let timer = setTimeout(() => {
      clientSignal = request.signal;
      if (clientSignal?.aborted) return stop('aborted');
      clientSignal?.addEventListener('abort', onAbort, { once: true });
      listening = true;
      timer = setTimeout(() => stop('timeout'), timeoutMs - firstTurn);
    }, firstTurn);
    // Settling a settled promise does nothing, so whichever of read and stop comes second is ignored.
    read().then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}
