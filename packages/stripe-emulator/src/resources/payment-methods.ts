import type { Hono } from 'hono';
import { requireCustomer } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import type { ApiEnv } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate, type PageParams } from '../http/list';
import { jsonResponse } from '../http/respond';
import { resourceMissing } from '../http/stripe-error';
import { listCustomerPaymentMethodParams, listPaymentMethodParams } from '../params/catalog-params';
import { retrieveParams } from '../params/customer-params';
import { readParams, respondWith } from './route-helpers';

/**
 * Card payment methods: retrieve, and list a customer's. They are created by the portal's card form
 * (or the seed); the emulator has no API to create one directly.
 */
export function registerPaymentMethodRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;
  const listFor = (customer: string, type: string | undefined, page: PageParams, url: string) =>
    paginate(
      store.paymentMethods.list().filter((pm) => pm.customer === customer && (type === undefined || pm.type === type)),
      page,
      url,
      'payment_method',
    );

  app.get('/v1/payment_methods', (c) => {
    const { expand, customer, type, ...page } = readParams(c, listPaymentMethodParams);
    // Stripe lists only a customer's payment methods here; unattached ones do not exist in the emulator.
    const list =
      customer === undefined
        ? paginate([], page, '/v1/payment_methods', 'payment_method')
        : listFor(requireCustomer(ctx, customer).id, type, page, '/v1/payment_methods');
    return jsonResponse(expandObject(store, list, expand));
  });

  app.get('/v1/payment_methods/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    const paymentMethod = store.paymentMethods.get(c.req.param('id'));
    if (!paymentMethod) throw resourceMissing('PaymentMethod', c.req.param('id'), 'id', 404);
    return respondWith(ctx, paymentMethod, expand);
  });

  app.get('/v1/customers/:id/payment_methods', (c) => {
    const { expand, type, ...page } = readParams(c, listCustomerPaymentMethodParams);
    const customer = requireCustomer(ctx, c.req.param('id'), 'customer', 404);
    return jsonResponse(
      expandObject(store, listFor(customer.id, type, page, `/v1/customers/${customer.id}/payment_methods`), expand),
    );
  });
}
