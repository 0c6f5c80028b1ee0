import type { Hono } from 'hono';
import type Stripe from 'stripe';
import { requireCustomer } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { type ApiEnv, eventRequest } from '../http/api-env';
import { checkUrl } from '../http/check-url';
import { StripeApiError } from '../http/stripe-error';
import { createId, createSecret } from '../ids';
import { portalSessionParams } from '../params/portal-session-params';
import { checkFlow } from './portal-flow';
import { sessionConfiguration, sessionReturnUrl } from './portal-session-config';
import { readParams, respondWith } from './route-helpers';

/**
 * `POST /v1/billing_portal/sessions`. There is no retrieve or list endpoint, as on Stripe (the
 * github.com/stripe/openapi `spec3` has only this path). The session URL is `<base>/p/session/<token>`, where `base` is the emulator's public
 * URL: `publicUrl`, the listening URL, or else this request's own origin.
 */
export function registerPortalSessionRoutes(
  app: Hono<ApiEnv>,
  ctx: EmulatorContext,
  baseUrl: (request: Request) => string,
): void {
  app.post('/v1/billing_portal/sessions', (c) => {
    const params = readParams(c, portalSessionParams);
    if (params.customer_account !== undefined && params.customer !== undefined) {
      throw new StripeApiError('You may only specify one of these parameters: customer, customer_account.', {
        param: 'customer_account',
      });
    }
    const customerId = params.customer ?? customerOfAccount(ctx, params.customer_account);
    if (customerId === undefined) {
      // No parameter is required by the schema, but a session needs someone: Stripe's usual
      // `parameter_missing` answer (observed in third-party logs).
      throw new StripeApiError('Missing required param: customer.', { code: 'parameter_missing', param: 'customer' });
    }
    if (params.on_behalf_of !== undefined) {
      throw new StripeApiError('The Stripe emulator does not support on_behalf_of (it has no connected accounts).', {
        param: 'on_behalf_of',
      });
    }
    const customer = requireCustomer(ctx, customerId);
    const configuration = sessionConfiguration(ctx, params.configuration);
    if (params.return_url !== undefined) checkUrl(params.return_url, 'return_url');
    const returnUrl = sessionReturnUrl(configuration, params.return_url);
    const flow = params.flow_data ? checkFlow(ctx, params.flow_data, configuration) : null;
    const now = ctx.clock.now();
    const expiresAt = params.after_expiration?.customer_login?.expires_at;
    if (expiresAt !== undefined && expiresAt <= now) {
      // Emulator's choice: a recovery deadline in the past could never be used.
      throw new StripeApiError('after_expiration[customer_login][expires_at] must be in the future.', {
        param: 'after_expiration[customer_login][expires_at]',
      });
    }
    const token = createSecret('test_');
    const session: Stripe.BillingPortal.Session = {
      id: createId('bps'),
      object: 'billing_portal.session',
      after_expiration: params.after_expiration
        ? { type: params.after_expiration.type, customer_login: { expires_at: expiresAt ?? null } }
        : null,
      configuration: configuration.id,
      created: now,
      customer: customer.id,
      customer_account: params.customer_account ?? null,
      flow,
      livemode: false,
      locale: params.locale ?? null,
      on_behalf_of: null,
      return_url: returnUrl,
      url: `${baseUrl(c.req.raw)}/p/session/${token}`,
    };
    ctx.store.portalSessions.set({ id: token, session, expiresAt: now + ctx.sessionTtlSeconds, consumedAt: null, visit: null });
    ctx.emit('billing_portal.session.created', session, { request: eventRequest(c) });
    return respondWith(ctx, session, params.expand);
  });
}

/*
 * The emulator has no Accounts v2: an account is known only as the `customer_account` of a seeded
 * subscription, and stands for that subscription's customer (whose pages the session then shows).
 */
function customerOfAccount(ctx: EmulatorContext, account: string | undefined): string | undefined {
  if (account === undefined) return undefined;
  const subscription = ctx.store.subscriptions.list().find((candidate) => candidate.customer_account === account);
  if (subscription === undefined) {
    throw new StripeApiError(`No such account: '${account}'`, { code: 'resource_missing', param: 'customer_account' });
  }
  return subscription.customer as string;
}
