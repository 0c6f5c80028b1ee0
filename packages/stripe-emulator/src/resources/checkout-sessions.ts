import type { Hono } from 'hono';
import { expireCheckoutSession } from '../actions/expire-checkout';
import type { EmulatorContext } from '../context';
import { type ApiEnv, eventRequest } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { resourceMissing } from '../http/stripe-error';
import { createCheckoutSessionParams, listCheckoutSessionParams, listLineItemParams } from '../params/checkout-session-params';
import { retrieveParams } from '../params/customer-params';
import type { CheckoutSessionRecord } from '../store/checkout-session-record';
import { createCheckoutSession } from './checkout-session-create';
import { readParams } from './route-helpers';

/**
 * `/v1/checkout/sessions` in subscription mode: create, retrieve, list, list line items, expire.
 * The hosted page lives at `<base>/c/pay/<token>`, on the emulator's own origin, and completing it
 * is what fills in `customer`, `subscription` and `status: 'complete'`.
 */
export function registerCheckoutSessionRoutes(
  app: Hono<ApiEnv>,
  ctx: EmulatorContext,
  baseUrl: (request: Request) => string,
): void {
  const { store } = ctx;
  const find = (id: string, status = 404): CheckoutSessionRecord => {
    const record = store.checkoutSessions.get(id);
    if (!record) throw resourceMissing('checkout.session', id, 'id', status);
    return record;
  };
  const lineItemsUrl = (id: string) => `/v1/checkout/sessions/${id}/line_items`;
  // `line_items` is not an ID but an includable list: Stripe adds it only when expanded, and paths
  // may go on into it (`line_items.data.price.product`).
  const present = (record: CheckoutSessionRecord, expand: readonly string[] = []) => {
    const wantsLines = expand.some((path) => path === 'line_items' || path.startsWith('line_items.'));
    const lineItems = { object: 'list', data: record.lineItems, has_more: false, url: lineItemsUrl(record.id) };
    const session = wantsLines ? { ...record.session, line_items: lineItems } : record.session;
    return expandObject(
      store,
      session,
      expand.filter((path) => path !== 'line_items'),
    );
  };

  app.post('/v1/checkout/sessions', (c) => {
    const params = readParams(c, createCheckoutSessionParams);
    const record = createCheckoutSession(ctx, params, (token) => `${baseUrl(c.req.raw)}/c/pay/${token}`);
    return jsonResponse(present(record, params.expand));
  });

  app.get('/v1/checkout/sessions', (c) => {
    const { expand, customer, status, subscription, ...page } = readParams(c, listCheckoutSessionParams);
    const sessions = store.checkoutSessions
      .list()
      .map((record) => record.session)
      .filter((s) => (customer === undefined || s.customer === customer) && (status === undefined || s.status === status))
      .filter((s) => subscription === undefined || s.subscription === subscription);
    return jsonResponse(expandObject(store, paginate(sessions, page, '/v1/checkout/sessions', 'checkout.session'), expand));
  });

  app.get('/v1/checkout/sessions/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return jsonResponse(present(find(c.req.param('id')), expand));
  });

  app.get('/v1/checkout/sessions/:id/line_items', (c) => {
    const { expand, ...page } = readParams(c, listLineItemParams);
    const record = find(c.req.param('id'));
    return jsonResponse(expandObject(store, paginate(record.lineItems, page, lineItemsUrl(record.id), 'line item'), expand));
  });

  app.post('/v1/checkout/sessions/:id/expire', (c) => {
    const { expand } = readParams(c, retrieveParams);
    const session = expireCheckoutSession(ctx, c.req.param('id'), { request: eventRequest(c), status: 404 });
    return jsonResponse(present(find(session.id), expand));
  });
}
