import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';
import { TEST_CARDS, cardFields, checkoutParams } from '../testing/checkout';
import { createPortalBrowser } from '../testing/portal-browser';
import { useRunningEmulator } from '../testing/start-emulator';
import { startWebhookReceiver } from '../testing/webhook-receiver';

const running = useRunningEmulator();

async function openCheckout(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  const session = await running().stripe.checkout.sessions.create(checkoutParams(overrides));
  const browser = createPortalBrowser(running().emulator.url);
  return { session, browser, page: await browser.open(session.url as string) };
}

describe('the hosted Checkout page, seen from outside', () => {
  it('delivers the signup events to a webhook endpoint in Stripe’s order', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const { emulator } = running();
      emulator.webhooks.add(receiver.url);
      const { browser, page } = await openCheckout({ customer: undefined, customer_email: 'hook@example.com' });
      await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
      await emulator.webhooks.waitForIdle();
      emulator.webhooks.remove(receiver.url);
      const delivered = receiver.received.map((r) => (JSON.parse(r.body) as Stripe.Event).type);
      expect(delivered).toEqual([
        'customer.created',
        'payment_method.attached',
        'customer.updated',
        'customer.subscription.created',
        'invoice.created',
        'invoice.finalized',
        'invoice.paid',
        'invoice.payment_succeeded',
        'checkout.session.completed',
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('never writes the page’s secret into the request log', async () => {
    const lines: string[] = [];
    const emulator = createStripeEmulator({ log: (line) => lines.push(line), allowedHosts: ['emulator.test'] });
    const api = new Request('http://emulator.test/v1/checkout/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        mode: 'subscription',
        customer: DEMO_IDS.customers.none,
        'line_items[0][price]': DEMO_IDS.prices.proMonthly,
        'line_items[0][quantity]': '1',
      }),
    });
    const { url } = (await (await emulator.fetch(api)).json()) as { url: string };
    expect((await emulator.fetch(new Request(url))).status).toBe(200);
    const token = new URL(url).pathname.split('/').at(-1) as string;
    expect(lines.some((line) => line.startsWith('GET /c/pay/[token] -> 200'))).toBe(true);
    expect(lines.join('\n')).not.toContain(token);
  });
});
