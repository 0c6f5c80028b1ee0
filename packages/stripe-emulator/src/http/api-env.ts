import type { Context } from 'hono';
import type { EventRequest } from '../webhooks/create-event';
import type { FormObject } from './parse-form';

/** Per-request values the API middleware sets for the route handlers. */
export interface ApiEnv {
  Variables: {
    /** `req_...`, also sent as the `request-id` header. */
    requestId: string;
    /** The query string and form body, parsed (bracket notation resolved). */
    form: FormObject;
    /** The `Idempotency-Key` header of a POST, if any. */
    idempotencyKey: string | null;
  };
}

/** A route handler's context. */
export type ApiContext = Context<ApiEnv>;

/** `event.request` for events caused by this API request. */
export function eventRequest(c: ApiContext): EventRequest {
  return { id: c.get('requestId'), idempotency_key: c.get('idempotencyKey') };
}
