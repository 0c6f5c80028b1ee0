import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import type { ApiEnv } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { resourceMissing } from '../http/stripe-error';
import { retrieveParams } from '../params/customer-params';
import { listInvoiceLineParams, listInvoiceParams } from '../params/invoice-params';
import { subscriptionOfInvoice } from '../store/create-store';
import { readParams, respondWith } from './route-helpers';

/**
 * `/v1/invoices`: list (by customer, subscription, status), retrieve, and list an invoice's lines. Invoices are made by
 * Checkout and by renewals as the clock passes period ends; the emulator has no API to create or
 * pay one directly.
 */
export function registerInvoiceRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;

  app.get('/v1/invoices', (c) => {
    const { expand, customer, status, subscription, ...page } = readParams(c, listInvoiceParams);
    const invoices = store.invoices
      .list()
      .filter(
        (invoice) =>
          (customer === undefined || invoice.customer === customer) && (status === undefined || invoice.status === status),
      )
      .filter((invoice) => subscription === undefined || subscriptionOfInvoice(invoice) === subscription);
    return jsonResponse(expandObject(store, paginate(invoices, page, '/v1/invoices', 'invoice'), expand));
  });

  const find = (id: string) => {
    const invoice = store.invoices.get(id);
    if (!invoice) throw resourceMissing('invoice', id, 'id', 404);
    return invoice;
  };

  app.get('/v1/invoices/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return respondWith(ctx, find(c.req.param('id')), expand);
  });

  app.get('/v1/invoices/:id/lines', (c) => {
    const { expand, ...page } = readParams(c, listInvoiceLineParams);
    const invoice = find(c.req.param('id'));
    return jsonResponse(expandObject(store, paginate(invoice.lines.data, page, invoice.lines.url, 'line item'), expand));
  });
}
