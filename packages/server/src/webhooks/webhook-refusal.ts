import type { BillingErrorCode } from '@portalkit/protocol';

/**
 * The codes a webhook delivery can be refused with. All but one are the kit's shared codes with their
 * usual status; `EVENT_IN_PROGRESS` (409) only exists here, because only Stripe ever reads it.
 *
 * @example
 * const code: WebhookErrorCode = 'EVENT_IN_PROGRESS';
 */
export type WebhookErrorCode =
  | Extract<
      BillingErrorCode,
      'INVALID_REQUEST' | 'METHOD_NOT_ALLOWED' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL_ERROR' | 'SERVER_MISCONFIGURED'
    >
  | 'EVENT_IN_PROGRESS';

/** What the app's log says about a refusal, at which level. */
export interface RefusalLogLine {
  level: 'warn' | 'error';
  message: string;
  context?: Record<string, unknown>;
}

/**
 * Why a delivery was not accepted: thrown wherever the reason is found, answered in one place
 * (`refusalResponse`). `message` is the generic text Stripe's Dashboard shows; `log` is the detail, for
 * the app's log only.
 *
 * @example
 * throw new WebhookRefusal('INVALID_REQUEST', 'Webhook signature verification failed.', {
 *   log: { level: 'warn', message: 'refused a webhook delivery: the signature is 412 s old, tolerance 300 s' },
 * });
 */
export class WebhookRefusal extends Error {
  override readonly name = 'WebhookRefusal';
  readonly code: WebhookErrorCode;
  readonly log: RefusalLogLine | undefined;
  readonly headers: Record<string, string>;

  constructor(code: WebhookErrorCode, message: string, options: { log?: RefusalLogLine; headers?: Record<string, string> } = {}) {
    super(message);
    this.code = code;
    this.log = options.log;
    this.headers = options.headers ?? {};
  }
}

/** The generic answer to a delivery that failed on our side; Stripe retries it. */
export const HANDLER_FAILED = 'The webhook could not be processed; it will be retried.';

/**
 * A warning-level refusal of a delivery, the usual kind: the log line starts "refused a webhook delivery: ".
 *
 * @example
 * throw refusedDelivery('INVALID_REQUEST', 'The request body is empty.', 'the body is empty');
 */
export function refusedDelivery(code: WebhookErrorCode, message: string, reason: string): WebhookRefusal {
  return new WebhookRefusal(code, message, { log: { level: 'warn', message: `refused a webhook delivery: ${reason}` } });
}
