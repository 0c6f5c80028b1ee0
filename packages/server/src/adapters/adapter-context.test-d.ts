import { createServer, type IncomingMessage } from 'node:http';
import express from 'express';
import { Hono, type Context } from 'hono';
import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import { createPortalHandler } from '../core/create-portal-handler';
import { toExpressHandler } from './express';
import { toHonoHandler } from './hono';
import { toNodeHandler } from './node';

declare const stripe: Stripe;
const returnUrl = 'https://app.example.com/account';

interface User {
  stripeCustomerId: string;
}

test("Hono: getCustomerId reads the app's variables from c, typed by the app's Env", () => {
  type AppEnv = { Variables: { user: User | undefined } };
  const app = new Hono<AppEnv>();
  const portal = createPortalHandler<Context<AppEnv>>({
    stripe,
    returnUrl,
    getCustomerId: (_request, c) => {
      expectTypeOf(c.get('user')).toEqualTypeOf<User | undefined>();
      return c.get('user')?.stripeCustomerId ?? null;
    },
  });
  app.all('/api/billing/portal', toHonoHandler(portal));
  app.post('/api/billing/portal', toHonoHandler(portal));

  createPortalHandler<Context<AppEnv>>({
    stripe,
    returnUrl,
    getCustomerId: (_request, c) => {
      // @ts-expect-error no such variable in the app's Env
      c.get('session');
      return null;
    },
  });
});

test('Hono: a handler without a context fits any app', () => {
  const portal = createPortalHandler({ stripe, returnUrl, getCustomerId: () => 'cus_1' });
  new Hono().all('/api/billing/portal', toHonoHandler(portal));
  new Hono<{ Variables: { user: User } }>().all('/api/billing/portal', toHonoHandler(portal));
});

test("Express: getCustomerId reads req.user, typed by the app's request type", () => {
  type AuthedRequest = express.Request & { user?: User };
  const app = express();
  const portal = createPortalHandler<AuthedRequest>({
    stripe,
    returnUrl,
    getCustomerId: (_request, req) => req.user?.stripeCustomerId ?? null,
  });
  app.all('/api/billing/portal', toExpressHandler(portal));
  express.Router().post('/portal', toExpressHandler(portal));
  toExpressHandler(createPortalHandler({ stripe, returnUrl, getCustomerId: () => 'cus_1' }));
});

test("Node: getCustomerId gets the server's IncomingMessage", () => {
  const portal = toNodeHandler(
    createPortalHandler<IncomingMessage>({
      stripe,
      returnUrl,
      getCustomerId: (_request, req) => {
        expectTypeOf(req.headers.authorization).toEqualTypeOf<string | undefined>();
        return null;
      },
    }),
  );
  createServer(portal);
  createServer(toNodeHandler(createPortalHandler({ stripe, returnUrl, getCustomerId: () => 'cus_1' })));
});
