import type { Hono } from 'hono';
import type Stripe from 'stripe';
import { requirePrice } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { type ApiEnv, eventRequest } from '../http/api-env';
import { checkUrl } from '../http/check-url';
import { expandObject } from '../http/expand';
import { paginate } from '../http/list';
import { jsonResponse } from '../http/respond';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import { applyConfigurationUpdate, buildPortalConfiguration } from '../objects/portal-configuration';
import { retrieveParams } from '../params/customer-params';
import {
  createConfigurationParams,
  listConfigurationParams,
  updateConfigurationParams,
} from '../params/portal-configuration-params';
import { previousAttributes } from '../webhooks/create-event';
import { readParams, respondWith } from './route-helpers';

/**
 * `/v1/billing_portal/configurations` (github.com/stripe/openapi `spec3`): list, create, retrieve,
 * update. Configurations made through the API are never the default, as on Stripe, where the default
 * is the one saved in the Dashboard (here: the seed's).
 */
export function registerPortalConfigurationRoutes(app: Hono<ApiEnv>, ctx: EmulatorContext): void {
  const { store } = ctx;
  const find = (id: string) => {
    const configuration = store.portalConfigurations.get(id);
    if (!configuration) throw resourceMissing('configuration', id, 'configuration', 404);
    return configuration;
  };

  app.get('/v1/billing_portal/configurations', (c) => {
    const { expand, active, is_default, ...page } = readParams(c, listConfigurationParams);
    const configurations = store.portalConfigurations
      .list()
      .filter(
        (config) =>
          (active === undefined || config.active === active) && (is_default === undefined || config.is_default === is_default),
      );
    return jsonResponse(
      expandObject(store, paginate(configurations, page, '/v1/billing_portal/configurations', 'configuration'), expand),
    );
  });

  app.post('/v1/billing_portal/configurations', (c) => {
    const { expand, ...input } = readParams(c, createConfigurationParams);
    checkReturnUrl(input.default_return_url);
    const configuration = buildPortalConfiguration(input, { isDefault: false, now: ctx.clock.now() });
    checkProducts(ctx, configuration);
    store.portalConfigurations.set(configuration);
    ctx.emit('billing_portal.configuration.created', configuration, { request: eventRequest(c) });
    return respondWith(ctx, configuration, expand);
  });

  app.get('/v1/billing_portal/configurations/:id', (c) => {
    const { expand } = readParams(c, retrieveParams);
    return respondWith(ctx, find(c.req.param('id')), expand);
  });

  app.post('/v1/billing_portal/configurations/:id', (c) => {
    const { expand, ...input } = readParams(c, updateConfigurationParams);
    checkReturnUrl(input.default_return_url);
    const before = find(c.req.param('id'));
    if (input.active === false && before.is_default) {
      // Emulator's choice: sessions without `configuration` need an active default.
      throw new StripeApiError('The default configuration cannot be deactivated.', { param: 'active' });
    }
    const after = applyConfigurationUpdate(before, input, ctx.clock.now());
    checkProducts(ctx, after);
    store.portalConfigurations.set(after);
    const { updated: _updated, ...changed } = previousAttributes(before, after) ?? {};
    if (Object.keys(changed).length > 0) {
      ctx.emit('billing_portal.configuration.updated', after, { previousAttributes: changed, request: eventRequest(c) });
    }
    return respondWith(ctx, after, expand);
  });
}

// `default_return_url` is a URL parameter like a session's `return_url`, refused as `url_invalid` the
// same way; an empty string (null here) unsets it.
function checkReturnUrl(url: string | null | undefined): void {
  if (typeof url === 'string') checkUrl(url, 'default_return_url');
}

// The products offered for plan switches must exist, with their own prices, and at most 10 of them.
function checkProducts(ctx: EmulatorContext, configuration: Stripe.BillingPortal.Configuration): void {
  const products = configuration.features.subscription_update.products ?? [];
  const param = 'features[subscription_update][products]';
  if (products.length > 10) throw new StripeApiError('You can offer at most 10 products for subscription updates.', { param });
  products.forEach((entry, i) => {
    if (!ctx.store.products.has(entry.product)) throw resourceMissing('product', entry.product, `${param}[${i}][product]`);
    entry.prices.forEach((priceId, j) => {
      const price = requirePrice(ctx, priceId, `${param}[${i}][prices][${j}]`);
      if (price.product !== entry.product) {
        throw new StripeApiError(`The price ${priceId} does not belong to the product ${entry.product}.`, {
          param: `${param}[${i}][prices][${j}]`,
        });
      }
    });
  });
}
