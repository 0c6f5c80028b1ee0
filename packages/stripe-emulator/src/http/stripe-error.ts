/** The `type` values of Stripe's v1 error envelope. */
export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

/** Fields of an error, as they appear inside Stripe's `{ "error": { ... } }` envelope. */
export interface StripeErrorFields {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
}

/** Options for {@link StripeApiError}. */
export interface StripeApiErrorOptions extends Omit<StripeErrorFields, 'type' | 'message'> {
  /** @defaultValue `'invalid_request_error'` */
  type?: StripeErrorType;
  /** @defaultValue 400 */
  status?: number;
  /**
   * True for errors found while checking parameters, before the endpoint does anything. Stripe
   * saves no idempotent result for those, so a retry with the same key runs again.
   */
  beforeExecution?: boolean;
}

/**
 * An error the emulator answers with, in Stripe's shape. Thrown by validators, resources and the
 * actions the portal pages call; the HTTP layer turns it into a response, and pages show `message`.
 *
 * @example
 * throw new StripeApiError("No such customer: 'cus_x'", { code: 'resource_missing', param: 'customer' });
 */
export class StripeApiError extends Error {
  readonly status: number;
  readonly type: StripeErrorType;
  readonly code: string | undefined;
  readonly param: string | undefined;
  readonly declineCode: string | undefined;
  readonly beforeExecution: boolean;

  constructor(message: string, options: StripeApiErrorOptions = {}) {
    super(message);
    this.name = 'StripeApiError';
    this.status = options.status ?? 400;
    this.type = options.type ?? 'invalid_request_error';
    this.code = options.code;
    this.param = options.param;
    this.declineCode = options.decline_code;
    this.beforeExecution = options.beforeExecution ?? false;
  }

  /** The JSON body Stripe sends: `{ error: { type, code, message, param, doc_url } }`. */
  toJSON(): { error: Record<string, string> } {
    const error: Record<string, string> = { type: this.type, message: this.message };
    if (this.code) {
      error.code = this.code;
      // Stripe links each code to its page, e.g. .../error-codes/url-invalid (observed in third-party logs).
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replaceAll('_', '-')}`;
    }
    if (this.param) error.param = this.param;
    if (this.declineCode) error.decline_code = this.declineCode;
    return { error };
  }
}

/**
 * True when `value` is a {@link StripeApiError}.
 *
 * @example
 * try { actions.updatePaymentMethod(customerId, card); } catch (error) { if (isStripeApiError(error)) showNextToForm(error.message); }
 */
export function isStripeApiError(value: unknown): value is StripeApiError {
  return value instanceof StripeApiError;
}

/** `No such customer: 'cus_x'` (code `resource_missing`), the error for an unknown ID. */
export function resourceMissing(noun: string, id: string, param: string, status = 400): StripeApiError {
  return new StripeApiError(`No such ${noun}: '${id}'`, { code: 'resource_missing', param, status });
}
