import { ERROR_CODES, type BillingErrorCode } from '@portalkit/protocol';

/**
 * The codes a webhook delivery can be refused with. All but one are the kit's shared codes with their
 * usual status; `EVENT_IN_PROGRESS` (409) only exists here, because only Stripe ever reads it.
 *
 * @example
 * const code: WebhookErrorCode = 'EVENT_IN_PROGRESS';
 */
export type WebhookErrorCode =
  | Extract<BillingErrorCode, 'INVALID_REQUEST' | 'METHOD_NOT_ALLOWED' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL_ERROR' | 'SERVER_MISCONFIGURED'>
  | 'EVENT_IN_PROGRESS';

const HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } as const;

/**
 * A 200 acknowledging a delivery. Stripe only reads the status; the body says what happened, for the
 * delivery log in the Stripe Dashboard.
 *
 * @example
 * return acknowledge({ duplicate: true });
 */
export function acknowledge(details: Record<string, boolean> = {}): Response {
  return new Response(JSON.stringify({ received: true, ...details }), { status: 200, headers: HEADERS });
}

/**
 * A refusal with the kit's error shape, `{ error: { code, message } }`. The message is generic: it is
 * shown in the Stripe Dashboard, and the detail belongs in the app's log.
 *
 * @example
 * return refuse('INVALID_REQUEST', 'Webhook signature verification failed.');
 */
export function refuse(code: WebhookErrorCode, message: string, headers: Record<string, string> = {}): Response {
  const status = code === 'EVENT_IN_PROGRESS' ? 409 : ERROR_CODES[code].status;
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { ...HEADERS, ...headers },
  });
}
