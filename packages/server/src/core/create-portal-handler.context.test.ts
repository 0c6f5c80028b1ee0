import { describe, expect, it, vi } from 'vitest';
import { ALICE, BOB, RETURN_URL, consoleLogger, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { createPortalHandler } from './create-portal-handler';

const fake = useFakeStripe();

/** What an app's auth middleware leaves for the handler, in a framework's own request object. */
interface AppSession {
  user: { customerId: string } | undefined;
}

describe("createPortalHandler: the handler's second argument reaches the app's callbacks", () => {
  it('hands it to getCustomerId, configuration and onSessionCreated, as the same object', async () => {
    fake().seedConfiguration('bpc_bob');
    const getCustomerId = vi.fn((_request: Request, session: AppSession) => session.user?.customerId ?? null);
    const configuration = vi.fn(({ context }: { context: AppSession }) =>
      context.user?.customerId === BOB ? 'bpc_bob' : undefined,
    );
    const onSessionCreated = vi.fn();
    const handler = createPortalHandler<AppSession>({
      stripe: fake().client(),
      returnUrl: RETURN_URL,
      logger: consoleLogger,
      getCustomerId,
      configuration,
      onSessionCreated,
    });
    const session: AppSession = { user: { customerId: BOB } };

    const response = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }), session);

    expect(response.status).toBe(200);
    expect(getCustomerId.mock.calls[0]![1]).toBe(session);
    expect(configuration.mock.calls[0]![0].context).toBe(session);
    expect(onSessionCreated.mock.calls[0]![0].context).toBe(session);
    expect(fake().requestsTo('sessions')[0]!.body).toMatchObject({ customer: BOB, configuration: 'bpc_bob' });
  });

  it('answers 401 when the context holds nobody, and 404 for a subscription that is not the signed-in user’s', async () => {
    const handler = createPortalHandler<AppSession>({
      stripe: fake().client(),
      returnUrl: RETURN_URL,
      logger: consoleLogger,
      getCustomerId: (_request, session) => session.user?.customerId ?? null,
    });

    const anonymous = await handler(jsonRequest({ flow: 'payment_method_update' }), { user: undefined });
    const someoneElses = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }), {
      user: { customerId: ALICE },
    });

    expect([anonymous.status, someoneElses.status]).toEqual([401, 404]);
    expect(await errorOf(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(fake().requestsTo('sessions')).toHaveLength(0);
  });

  it('passes undefined when called with a request only', async () => {
    const getCustomerId = vi.fn(() => ALICE);
    const handler = createPortalHandler({ stripe: fake().client(), returnUrl: RETURN_URL, logger: consoleLogger, getCustomerId });

    expect((await handler(jsonRequest({}))).status).toBe(200);
    expect(getCustomerId.mock.calls[0]).toEqual([expect.any(Request), undefined]);
  });

  it('works as a Next.js App Router export, which is called with (request, { params })', async () => {
    const POST = createPortalHandler<{ params: Promise<{ team: string }> }>({
      stripe: fake().client(),
      returnUrl: RETURN_URL,
      logger: consoleLogger,
      getCustomerId: async (_request, { params }) => ((await params).team === 'alice-team' ? ALICE : null),
    });

    const member = await POST(jsonRequest({}), { params: Promise.resolve({ team: 'alice-team' }) });
    const stranger = await POST(jsonRequest({}), { params: Promise.resolve({ team: 'other' }) });

    expect([member.status, stranger.status]).toEqual([200, 401]);
    expect(fake().requestsTo('sessions')[0]!.body).toMatchObject({ customer: ALICE });
  });
});
