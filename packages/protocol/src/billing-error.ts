import { ERROR_CODES, type BillingErrorCode } from './error-codes';
import type { ErrorBody } from './wire';

/*
 * A brand on the instance, under a registered symbol, so `isBillingError` still recognises an
 * error thrown by another copy of this package (two bundles, or a server and a client build).
 */
const BRAND = Symbol.for('portalkit.BillingError');

/** Options for {@link BillingError}. */
export interface BillingErrorOptions {
  /** The request field at fault, as a path such as `items[0].id`. */
  param?: string | undefined;
  /** Seconds after which trying again may succeed (sent as `Retry-After`). */
  retryAfter?: number | undefined;
  /** The underlying error, kept for logs; never sent to the browser. */
  cause?: unknown;
}

/**
 * The one error type of the kit, on the server and in the browser.
 *
 * `message` is for developers. Text for users is chosen from `code`.
 *
 * @example
 * throw new BillingError('INVALID_REQUEST', 'subscription must start with "sub_"', { param: 'subscription' });
 */
export class BillingError extends Error {
  override readonly name = 'BillingError';
  readonly code: BillingErrorCode;
  readonly status: number;
  readonly param: string | undefined;
  readonly retryAfter: number | undefined;
  readonly [BRAND] = true;

  constructor(code: BillingErrorCode, message: string, options: BillingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.param = options.param;
    this.retryAfter = options.retryAfter;
  }

  /** Whether trying the same request again later can succeed. */
  get retryable(): boolean {
    return ERROR_CODES[this.code].retryable;
  }

  /** The wire form: `{ error: { code, message, param? } }`. Never includes `cause`. */
  toJSON(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.param !== undefined) error.param = this.param;
    return { error };
  }
}

/**
 * True for a {@link BillingError}, including one made by another copy of this package.
 *
 * @example
 * if (isBillingError(error) && error.code === 'UNAUTHENTICATED') redirectToLogin();
 */
export function isBillingError(value: unknown): value is BillingError {
  if (value instanceof BillingError) return true;
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
