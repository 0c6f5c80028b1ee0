import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import type { ApiEnv } from '../http/api-env';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { resourceMissing } from '../http/stripe-error';
import { listEventParams } from '../params/catalog-params';
import { retrieveParams } from '../params/customer-params';
import { readParams } from './route-helpers';

/** `/v1/events`: every event the emulator sent, newest first, filterable by `type` / `types[]`. */
export function registerEventRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  app.get('/v1/events', (c) => {
    const { expand: _expand, type, types, ...page } = readParams(c, listEventParams);
    const events = ctx.store.events
      .list()
      .filter(
        (event) => (type === undefined || matches(event.type, type)) && (types === undefined || types.includes(event.type)),
      );
    return jsonResponse(paginate(events, page, '/v1/events', 'event'));
  });

  app.get('/v1/events/:id', (c) => {
    readParams(c, retrieveParams);
    const event = ctx.store.events.get(c.req.param('id'));
    if (!event) throw resourceMissing('event', c.req.param('id'), 'id', 404);
    return jsonResponse(event);
  });
}

// Stripe's `type` filter takes a `*` wildcard, as in `customer.subscription.*`.
function matches(eventType: string, pattern: string): boolean {
  if (!pattern.includes('*')) return eventType === pattern;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(eventType);
}
