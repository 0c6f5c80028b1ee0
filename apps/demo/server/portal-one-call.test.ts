/*
 * One Stripe call per click: the portal handler takes the subscription's owner from the demo's
 * projection, so a subscription flow makes the session and nothing else; a subscription the
 * projection does not know still goes to Stripe, and another customer's is refused without a session.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { describe, expect, it } from 'vitest';
import { useDemoServer } from './testing/demo-server';

const server = useDemoServer();

async function portalClick(cookie: string, body: Record<string, unknown>) {
  const from = server().stripeRequests.length;
  const response = await server().request('/api/billing/portal', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server().appUrl, Cookie: cookie },
    body: JSON.stringify(body),
  });
  return { status: response.status, calls: server().stripeRequests.slice(from) };
}

describe('a portal click on a subscription', () => {
  it.each(['subscription_cancel', 'subscription_update', 'subscription_pause'])(
    'makes one Stripe call, the session, for a subscription the projection knows (%s)',
    async (flow) => {
      const cookie = await server().signInAs(DEMO_IDS.customers.active);
      const click = await portalClick(cookie, { flow, subscription: DEMO_IDS.subscriptions.active });
      expect(click).toEqual({ status: 200, calls: ['POST /v1/billing_portal/sessions'] });
    },
  );

  it('refuses another customer’s subscription from the projection alone: no Stripe call, no session', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.active);
    const click = await portalClick(cookie, { flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.multiTeam });
    expect(click).toEqual({ status: 404, calls: [] });
  });

  it('asks Stripe who owns a subscription the projection does not know', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.active);
    const click = await portalClick(cookie, { flow: 'subscription_cancel', subscription: 'sub_unknown_to_the_demo' });
    expect(click.calls).toEqual(['GET /v1/subscriptions/sub_unknown_to_the_demo']);
    expect(click.status).toBe(404);
  });
});
