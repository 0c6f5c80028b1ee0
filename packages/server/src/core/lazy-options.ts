/**
 * A handler's options, or a function that returns them (or a promise of them). The function runs on
 * the first request, not when the module loads, so a route module can be imported where its secrets
 * are not set: by `next build` collecting page data, by a Docker build, or on Cloudflare Workers,
 * where `env` exists only while a request runs.
 *
 * @example
 * export const POST = createPortalHandler(() => ({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   getCustomerId: async () => (await auth())?.user?.stripeCustomerId ?? null,
 *   returnUrl: `${process.env.APP_URL}/account`,
 * }));
 */
export type LazyOptions<TOptions> = TOptions | (() => TOptions | Promise<TOptions>);

/** Options checked once: at once for an object, on first use for a function. */
export interface DeferredOptions<TResolved> {
  /** The checked options when they are ready, without waiting a turn of the event loop. */
  current(): TResolved | undefined;
  /** Builds and checks them; rejects with a `TypeError` that says what is wrong, and tries again next time. */
  load(): Promise<TResolved>;
  /** Like `load()`, but reports a failure to `console.error` and resolves `undefined` instead. */
  loadOrReport(): Promise<TResolved | undefined>;
}

/**
 * Checks `source` with `resolve`: an object right away (so a wrong setup still throws at start-up), a
 * function when `load()` is first called. Concurrent first requests share one call of the function;
 * its result is kept for the life of the handler. A failure is not kept, so a request after the
 * environment is fixed succeeds without a restart.
 *
 * @example
 * const options = deferOptions('createPortalHandler', source, resolveOptions);
 * const resolved = options.current() ?? (await options.loadOrReport());
 * if (resolved === undefined) return misconfigured(); // the reason is in the server log
 */
export function deferOptions<TOptions, TResolved>(
  factoryName: string,
  source: LazyOptions<TOptions>,
  resolve: (options: TOptions) => TResolved,
): DeferredOptions<TResolved> {
  if (typeof source !== 'function') {
    const resolved = resolve(source);
    return { current: () => resolved, load: async () => resolved, loadOrReport: async () => resolved };
  }
  let resolved: TResolved | undefined;
  let pending: Promise<TResolved> | undefined;
  const build = async (): Promise<TResolved> => {
    let options: TOptions;
    try {
      options = await (source as () => TOptions | Promise<TOptions>)();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TypeError(`${factoryName}(): the options function threw: ${reason}`, { cause: error });
    }
    return resolve(options);
  };
  const load = () => {
    pending ??= build().then(
      (value) => (resolved = value),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    current: () => resolved,
    load,
    loadOrReport: () => load().catch((error: unknown) => void reportSetupFailure(error)),
  };
}

/*
 * The app's own logger is one of the options that could not be built, so this goes to `console.error`:
 * a handler that answers every request with 500 must say why somewhere.
 */
function reportSetupFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`portalkit: ${message} (answered 500 SERVER_MISCONFIGURED; the handler tries again on the next request)`);
}

/**
 * A value for a setup error message: JSON, clipped, so `${process.env.APP_URL}/account` with no
 * `APP_URL` shows up as `"undefined/account"` rather than as nothing.
 *
 * @example
 * `pass returnUrl, an absolute URL; got ${describeValue(options.returnUrl)}.` // got "undefined/account"
 */
export function describeValue(value: unknown, maxLength = 80): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
