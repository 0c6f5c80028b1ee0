import { createHmac } from 'node:crypto';

/**
 * The `Stripe-Signature` header for `payload`, computed exactly as Stripe does (stripe-node `src/Webhooks.ts`):
 * HMAC-SHA256 of `${timestamp}.${payload}`, keyed with the whole `whsec_...` string, in lowercase hex.
 * `stripe.webhooks.constructEventAsync(payload, header, secret)` accepts it.
 *
 * @example
 * const header = signPayload(body, 'whsec_test', clock.now()); // "t=1800000000,v1=5f2b..."
 */
export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
