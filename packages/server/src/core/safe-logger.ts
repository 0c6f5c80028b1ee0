import type { PortalkitLogger } from './portal-setting-types';
import { scrubSessionUrls } from './scrub-session-urls';

/** The handlers' view of the app's logger: never throws, always scrubbed, always prefixed. */
export interface SafeLogger {
  error(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

/** The one prefix of every line the kit logs, so an app can find (or filter) them. */
export const LOG_PREFIX = 'portalkit:';

/*
 * The default: warnings and errors to the console. Silence would hide the first thing a newcomer needs
 * to see, such as the 403 for a page on `localhost` posting to an app configured for `127.0.0.1`.
 * Looked up on each call, so a console replaced later (a test's spy, a log shipper) is the one used.
 */
const CONSOLE_LOGGER: PortalkitLogger = {
  error: (message, context) => (context === undefined ? console.error(message) : console.error(message, context)),
  warn: (message, context) => (context === undefined ? console.warn(message) : console.warn(message, context)),
};

const SILENT: SafeLogger = { error: () => undefined, warn: () => undefined };

/**
 * Wraps the app's logger so logging can neither leak a session URL nor break a response: `undefined`
 * means the console, `false` means silence. The caller has checked that a logger has an `error` method.
 *
 * @example
 * const logger = createSafeLogger(options.logger);
 * logger.warn('refused a webhook delivery: the signature is 412 s old, tolerance 300 s');
 */
export function createSafeLogger(logger: PortalkitLogger | false | undefined): SafeLogger {
  if (logger === false) return SILENT;
  const target = logger ?? CONSOLE_LOGGER;
  const write = (method: PortalkitLogger['error'], message: string, context: Record<string, unknown> | undefined) => {
    try {
      const line = `${LOG_PREFIX} ${scrubSessionUrls(message)}`;
      if (context === undefined) method.call(target, line);
      else method.call(target, line, redact(context) as Record<string, unknown>);
    } catch {
      // A logger that throws must not turn a good answer into a failure; nothing is left to report it to.
    }
  };
  // The methods are looked up on each call, like the console's, so one replaced later is the one used.
  return {
    error: (message, context) => write(target.error, message, context),
    warn: (message, context) => write(target.warn ?? target.error, message, context),
  };
}

/** Is `value` usable as the `logger` option: a logger, `false`, or absent? */
export function isLoggerOption(value: unknown): value is PortalkitLogger | false | undefined {
  return value === undefined || value === false || typeof (value as Partial<PortalkitLogger> | null)?.error === 'function';
}

/** The setup error for a `logger` option that {@link isLoggerOption} refuses. */
export const LOGGER_OPTION_HINT =
  'logger must have an error(message, context) method (console works), or be false to log nothing.';

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubSessionUrls(value);
  if (typeof value !== 'object' || value === null) return value;
  // Deeper than any context the kit builds; not passed on raw, since unscrubbed text could hide in it.
  if (depth > 4) return '[nested too deep to log]';
  if (value instanceof Error) {
    // Still an Error, so the app's logger prints or serialises it as one (stack, `err` fields).
    const copy = new Error(scrubSessionUrls(value.message));
    if (copy.name !== value.name) copy.name = value.name;
    copy.stack = typeof value.stack === 'string' ? scrubSessionUrls(value.stack) : undefined;
    if (value.cause !== undefined) copy.cause = redact(value.cause, depth + 1);
    for (const [key, item] of Object.entries(value)) (copy as unknown as Record<string, unknown>)[key] = redact(item, depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = redact(item, depth + 1);
  return copy;
}
