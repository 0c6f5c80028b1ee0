import { type SetupFunction, setupError } from '../core/setup-error';

/**
 * How long every store remembers a processed ID by default: Stripe retries a delivery for up to three days.
 *
 * @example
 * const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
 */
export const DEFAULT_TTL_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * How long every store's claim holds by default: Stripe stops waiting for an answer long before.
 *
 * @example
 * const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
 */
export const DEFAULT_LEASE_MS = 5 * 60 * 1000;

/**
 * `value` if it is a positive number, else the setup error of the store factory `fn` naming the option.
 *
 * @example
 * const leaseMs = positiveLimit('createRedisEventStore', 'leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS);
 */
export function positiveLimit(fn: SetupFunction, name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw setupError(fn, `${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}
