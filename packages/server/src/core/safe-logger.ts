import type { PortalLogger } from './portal-handler-options';

/** The handler's view of the app's logger: never throws, never silent about which method exists. */
export interface SafeLogger {
  error(message: string, context: Record<string, unknown>): void;
  warn(message: string, context: Record<string, unknown>): void;
}

/*
 * We never put a session URL into a log line on purpose. This is the belt to those braces: whatever
 * reaches the app's logger is scrubbed of anything shaped like one, in case a future Stripe message or
 * an app error quotes it.
 */
const SESSION_URL = /[^\s"'<>]*\/p\/session\/[^\s"'<>]*/g;
const REDACTED = '[redacted portal session URL]';

/** Wraps the app's logger (or none) so logging can neither leak a session URL nor break a response. */
export function createSafeLogger(logger: PortalLogger | undefined): SafeLogger {
  const write = (level: 'error' | 'warn', message: string, context: Record<string, unknown>) => {
    const method = level === 'warn' ? (logger?.warn ?? logger?.error) : logger?.error;
    if (!method) return;
    try {
      method.call(logger, redact(message) as string, redact(context) as Record<string, unknown>);
    } catch {
      // A logger that throws must not turn a good answer into a failure.
    }
  };
  return {
    error: (message, context) => write('error', message, context),
    warn: (message, context) => write('warn', message, context),
  };
}

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SESSION_URL, REDACTED);
  if (depth > 4 || typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message), stack: redact(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = redact(item, depth + 1);
  return copy;
}
