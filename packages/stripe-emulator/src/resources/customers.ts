import type { Hono } from 'hono';
import { changeCustomer } from '../actions/change-customer';
import { cancelSubscription } from '../actions/cancel-subscription';
import { requireCustomer } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { type ApiEnv, eventRequest } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import { buildCustomer, deletedCustomer } from '../objects/customer';
import { subscriptionsOf } from '../store/create-store';
import { createCustomerParams, listCustomerParams, retrieveParams, updateCustomerParams } from '../params/customer-params';
import { writeCustomerFields } from './customer-write';
import { readParams, respondWith } from './route-helpers';

/**
 * `/v1/customers`: list, create, retrieve, update, delete. Changes send `customer.created`,
 * `customer.updated` and `customer.deleted`.
 */
export function registerCustomerRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;

  app.get('/v1/customers', (c) => {
    const { expand, email, ...page } = readParams(c, listCustomerParams);
    const customers = store.customers.list().filter((customer) => email === undefined || customer.email === email);
    return jsonResponse(expandObject(store, paginate(customers, page, '/v1/customers', 'customer'), expand));
  });

  app.post('/v1/customers', (c) => {
    const { expand, payment_method, ...fields } = readParams(c, createCustomerParams);
    const customer = buildCustomer({}, ctx.clock.now());
    const attach = payment_method === undefined ? undefined : store.paymentMethods.get(payment_method);
    if (payment_method !== undefined && !attach) throw resourceMissing('PaymentMethod', payment_method, 'payment_method');
    if (attach && attach.customer !== null) {
      throw new StripeApiError('The payment method you provided has already been attached to a customer.', {
        param: 'payment_method',
      });
    }
    if (attach) attach.customer = customer.id;
    writeCustomerFields(ctx, customer, fields);
    store.customers.set(customer);
    ctx.emit('customer.created', customer, { request: eventRequest(c) });
    if (attach) ctx.emit('payment_method.attached', attach, { request: eventRequest(c) });
    return respondWith(ctx, customer, expand);
  });

  app.get('/v1/customers/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    const id = c.req.param('id');
    if (store.deletedCustomers.has(id)) return jsonResponse(deletedCustomer(id));
    return respondWith(ctx, requireCustomer(ctx, id, 'id', 404), expand);
  });

  app.post('/v1/customers/:id', (c) => {
    const { expand, ...fields } = readParams(c, updateCustomerParams);
    const id = c.req.param('id');
    const customer = changeCustomer(ctx, id, (copy) => writeCustomerFields(ctx, copy, fields), {
      request: eventRequest(c),
      status: 404,
    });
    return respondWith(ctx, customer, expand);
  });

  app.delete('/v1/customers/:id', (c) => {
    readParams(c, retrieveParams);
    const id = c.req.param('id');
    const customer = requireCustomer(ctx, id, 'id', 404);
    // Deleting a customer cancels its subscriptions right away, as on Stripe.
    for (const subscription of subscriptionsOf(store, id)) {
      if (subscription.status !== 'canceled') {
        cancelSubscription(ctx, subscription.id, { mode: 'immediately', request: eventRequest(c) });
      }
    }
    store.customers.delete(id);
    store.deletedCustomers.add(id);
    ctx.emit('customer.deleted', customer, { request: eventRequest(c) });
    return jsonResponse(deletedCustomer(id));
  });
}
