import type Stripe from 'stripe';
import { createId } from '../ids';

/**
 * The API version stripe@23.1.0 pins, stamped on every event like an account set to it.
 *
 * @example
 * expect(event.api_version).toBe(API_VERSION);
 */
export const API_VERSION = '2026-10-28.endive';

/** `event.request`: the API request that caused the event, or nulls for portal and clock actions. */
export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

/** What {@link buildEvent} needs. */
export interface EventInput {
  type: string;
  object: object;
  previousAttributes?: object | undefined;
  request?: EventRequest | undefined;
  created: number;
  pendingWebhooks: number;
}

/**
 * An `event` object: `evt_...`, a snapshot of `object` (later changes do not leak into it), and
 * `previous_attributes` for `*.updated` events.
 */
export function buildEvent(input: EventInput): Stripe.Event {
  const data: Record<string, unknown> = { object: structuredClone(input.object) };
  if (input.previousAttributes) data.previous_attributes = structuredClone(input.previousAttributes);
  const event = {
    id: createId('evt'),
    object: 'event',
    api_version: API_VERSION,
    created: input.created,
    data,
    livemode: false,
    pending_webhooks: input.pendingWebhooks,
    request: input.request ?? { id: null, idempotency_key: null },
    type: input.type,
  };
  // Stripe.Event is a union keyed by `type`; this builder serves every member of it.
  return event as unknown as Stripe.Event;
}

/**
 * The fields of `before` that differ in `after`, with their old values, as Stripe reports them in
 * `previous_attributes`: nested hashes narrow down to the changed keys, lists are reported whole.
 *
 * @example
 * previousAttributes({ a: 1, b: { c: 1, d: 2 } }, { a: 1, b: { c: 1, d: 3 } }); // { b: { d: 2 } }
 */
export function previousAttributes(before: object, after: object): Record<string, unknown> | undefined {
  const changed: Record<string, unknown> = {};
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const a = old[key];
    const b = now[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changed[key] = isHash(a) && isHash(b) ? (previousAttributes(a, b) ?? {}) : (a ?? null);
  }
  return Object.keys(changed).length > 0 ? changed : undefined;
}

function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
