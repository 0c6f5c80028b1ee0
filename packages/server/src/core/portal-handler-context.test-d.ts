import type Stripe from 'stripe';
import { expectTypeOf, test } from 'vitest';
import { createPortalHandler } from './create-portal-handler';
import type { PortalContext, PortalHandler } from './portal-handler-options';

declare const stripe: Stripe;
declare const request: Request;
const returnUrl = 'https://app.example.com/account';

interface AppSession {
  customerId: string | null;
}

test('the type of the second argument comes from createPortalHandler<TContext>() or from getCustomerId', () => {
  const explicit = createPortalHandler<AppSession>({
    stripe,
    returnUrl,
    getCustomerId: (_request, session) => session.customerId,
  });
  expectTypeOf(explicit).toEqualTypeOf<PortalHandler<AppSession>>();
  expectTypeOf(explicit).parameters.toEqualTypeOf<[request: Request, context: AppSession]>();

  const inferred = createPortalHandler({
    stripe,
    returnUrl,
    getCustomerId: (_request, session: AppSession) => session.customerId,
  });
  expectTypeOf(inferred).toEqualTypeOf<PortalHandler<AppSession>>();
});

test('a handler whose context is declared must be given one; the default keeps it optional', () => {
  const withSession = createPortalHandler<AppSession>({
    stripe,
    returnUrl,
    getCustomerId: (_request, session) => session.customerId,
  });
  void withSession(request, { customerId: 'cus_1' });
  // @ts-expect-error getCustomerId reads the session: calling without one would fail at run time
  void withSession(request);
  // @ts-expect-error not the declared context
  void withSession(request, { user: 'alice' });

  const plain = createPortalHandler({ stripe, returnUrl, getCustomerId: () => 'cus_1' });
  void plain(request);
  void plain(request, { anything: true });

  const optional = createPortalHandler<AppSession | undefined>({
    stripe,
    returnUrl,
    getCustomerId: (_request, session) => session?.customerId,
  });
  void optional(request);
});

test('configuration and onSessionCreated see the same context as getCustomerId', () => {
  createPortalHandler<AppSession>({
    stripe,
    returnUrl,
    getCustomerId: (_request, session) => session.customerId,
    configuration: ({ context, customerId }) => {
      expectTypeOf(context).toEqualTypeOf<AppSession>();
      return customerId === 'cus_vip' ? 'bpc_vip' : undefined;
    },
    onSessionCreated: ({ context }) => {
      expectTypeOf(context).toEqualTypeOf<AppSession>();
    },
  });
  expectTypeOf<PortalContext['context']>().toBeUnknown();
});

test('a Next.js App Router export: Next passes (request, { params }), typed or not', () => {
  type NextRouteContext = { params: Promise<{ team: string }> };
  type NextRouteHandler = (request: Request, context: NextRouteContext) => Promise<Response>;
  class NextRequest extends Request {
    nextUrl = new URL('https://app.example.com');
  }

  const POST = createPortalHandler({ stripe, returnUrl, getCustomerId: async () => 'cus_1' });
  expectTypeOf(POST).toExtend<NextRouteHandler>();
  expectTypeOf(POST).toBeCallableWith(new NextRequest('https://app.example.com'), { params: Promise.resolve({ team: 'a' }) });

  const teamPOST = createPortalHandler<NextRouteContext>({
    stripe,
    returnUrl,
    getCustomerId: async (_request, { params }) => ((await params).team === 'a' ? 'cus_1' : null),
  });
  expectTypeOf(teamPOST).toExtend<NextRouteHandler>();
});
