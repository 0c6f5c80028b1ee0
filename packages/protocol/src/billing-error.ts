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
  readonly [BRAND] = true;
  // Set in the constructor; `declare` keeps the build from emitting an empty field for each.
  declare readonly code: BillingErrorCode;
  declare readonly status: number;
  declare readonly param: string | undefined;
  declare readonly retryAfter: number | undefined;

  constructor(code: BillingErrorCode, message: string, { param, retryAfter, cause }: BillingErrorOptions = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.param = param;
    this.retryAfter = retryAfter;
  }

  /** Whether trying the same request again later can succeed. */
  get retryable(): boolean {
    return ERROR_CODES[this.code].retryable;
  }

  /** The wire form: `{ error: { code, message, param? } }`. Never includes `cause`. */
  toJSON(): ErrorBody {
    const { code, message, param } = this;
    return { error: param === undefined ? { code, message } : { code, message, param } };
  }
}

/**
 * True for a {@link BillingError}, including one made by another copy of this package.
 *
 * @example
 * if (isBillingError(error) && error.code === 'UNAUTHENTICATED') redirectToLogin();
 */
export function isBillingError(value: unknown): value is BillingError {
  // Optional chaining covers null and undefined; a primitive never carries the brand.
  return value instanceof BillingError || (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND] === true;
}
