import type { Hono } from 'hono';
import { requireCoupon, requirePrice } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import type { ApiEnv } from '../http/api-env';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { resourceMissing } from '../http/stripe-error';
import { listPriceParams, listProductParams } from '../params/catalog-params';
import { retrieveParams } from '../params/customer-params';
import { readParams, respondWith } from './route-helpers';

/** `/v1/products` and `/v1/prices`: read-only; the catalog comes from the seed. */
export function registerCatalogRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;

  app.get('/v1/products', (c) => {
    const { expand, active, ids, ...page } = readParams(c, listProductParams);
    const products = store.products
      .list()
      .filter(
        (product) => (active === undefined || product.active === active) && (ids === undefined || ids.includes(product.id)),
      );
    return jsonResponse(expandObject(store, paginate(products, page, '/v1/products', 'product'), expand));
  });

  app.get('/v1/products/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    const product = store.products.get(c.req.param('id'));
    if (!product) throw resourceMissing('product', c.req.param('id'), 'id', 404);
    return respondWith(ctx, product, expand);
  });

  app.get('/v1/prices', (c) => {
    const { expand, active, currency, lookup_keys, product, type, ...page } = readParams(c, listPriceParams);
    const prices = store.prices
      .list()
      .filter(
        (price) =>
          (active === undefined || price.active === active) &&
          (currency === undefined || price.currency === currency) &&
          (lookup_keys === undefined || (price.lookup_key !== null && lookup_keys.includes(price.lookup_key))) &&
          (product === undefined || price.product === product) &&
          (type === undefined || price.type === type),
      );
    return jsonResponse(expandObject(store, paginate(prices, page, '/v1/prices', 'price'), expand));
  });

  app.get('/v1/prices/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return respondWith(ctx, requirePrice(ctx, c.req.param('id'), 'id', 404), expand);
  });

  app.get('/v1/coupons/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return respondWith(ctx, requireCoupon(ctx, c.req.param('id'), 'id', 404), expand);
  });
}
