import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { headingOf, textOf } from '../../testing/portal-browser';
import { APP_RETURN_URL, usePortalHarness } from '../../testing/portal-harness';
import { CANCELLATION_REASON_LABELS } from './cancel-flow';

const harness = usePortalHarness();

interface FlowExtras {
  after_completion?: Stripe.BillingPortal.SessionCreateParams.FlowData.AfterCompletion;
  retention?: Stripe.BillingPortal.SessionCreateParams.FlowData.SubscriptionCancel.Retention;
  configuration?: string;
  subscription?: string;
  customer?: string;
}
function openCancel(extras: FlowExtras = {}) {
  return harness().open({
    customer: extras.customer ?? DEMO_IDS.customers.active,
    ...(extras.configuration ? { configuration: extras.configuration } : {}),
    flow_data: {
      type: 'subscription_cancel',
      subscription_cancel: {
        subscription: extras.subscription ?? DEMO_IDS.subscriptions.active,
        ...(extras.retention ? { retention: extras.retention } : {}),
      },
      ...(extras.after_completion ? { after_completion: extras.after_completion } : {}),
    },
  });
}

describe('subscription_cancel flow', () => {
  it('cancels at period end with the chosen reason and shows the escaped hosted confirmation', async () => {
    const message = '<b>Sorry</b> to see you go & thanks';
    const { browser, page } = await openCancel({
      after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: message } },
    });
    expect(headingOf(page.html)).toBe('Cancel subscription');
    expect(textOf(page.html)).toMatch(
      /Cancel subscription Your plan ends on \w+ \d+, \d{4} You keep Starter until then\. After that you lose access and are not charged again\. Why are you canceling\?/,
    );
    for (const label of Object.values(CANCELLATION_REASON_LABELS)) expect(textOf(page.html)).toContain(label);
    expect(page.html).not.toContain('Before you go');

    const done = await browser.submit(page, 'Cancel subscription', { reason: 'too_expensive', comment: 'Budget cuts' });
    expect(done.url).toMatch(/\/done$/);
    expect(headingOf(done.html)).toBe('All set');
    expect(done.html).toContain('&lt;b&gt;Sorry&lt;/b&gt; to see you go &amp; thanks');
    expect(done.html).toContain(`href="${APP_RETURN_URL}"`);
    const subscription = await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active);
    expect(subscription.cancel_at_period_end).toBe(true);
    expect(subscription.status).toBe('active');
    expect(subscription.cancellation_details).toMatchObject({ feedback: 'too_expensive', comment: 'Budget cuts' });

    const again = await browser.open(page.url);
    expect(again.status).toBe(200);
    expect(headingOf(again.html)).toBe('This change is saved');
    expect(textOf(again.html)).toMatch(
      /Your subscription will be canceled on \w+ \d+, \d{4}\. Where things stand Starter .* Cancels on/,
    );
    expect(again.html).not.toContain('>Cancel subscription</button>');
  });

  it('cancels immediately when the configuration says so, then shows the homepage', async () => {
    const configuration = await harness().stripe.billingPortal.configurations.create({
      features: { subscription_cancel: { enabled: true, mode: 'immediately' } },
    });
    const { browser, page } = await openCancel({
      configuration: configuration.id,
      after_completion: { type: 'portal_homepage' },
    });
    expect(textOf(page.html)).toContain('Your subscription will end immediately.');
    expect(page.html).not.toContain('Why are you canceling?');
    const home = await browser.submit(page, 'Cancel subscription');
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(textOf(home.html)).toContain('Your subscription has been canceled.');
    expect(textOf(home.html)).toContain('You have no current subscriptions.');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).status).toBe('canceled');
    expect(
      harness()
        .emulator.store.events.list()
        .map((e) => e.type),
    ).toContain('customer.subscription.deleted');
  });

  it('applies the retention coupon when the offer is accepted, and does not cancel', async () => {
    const { browser, page } = await openCancel({
      retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
      after_completion: { type: 'portal_homepage' },
    });
    expect(textOf(page.html)).toContain('Before you go Stay with us and get 25% off for 3 months');
    const home = await browser.submit(page, 'Accept offer');
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(textOf(home.html)).toContain('The offer was applied. Your subscription continues.');
    const subscription = await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active, { expand: ['discounts'] });
    expect(subscription.cancel_at_period_end).toBe(false);
    expect(subscription.status).toBe('active');
    expect(subscription.discounts).toHaveLength(1);
    expect(JSON.stringify(subscription.discounts[0])).toContain(DEMO_IDS.retentionCoupon);
  });

  it('declining the offer and canceling leaves no discount', async () => {
    const { browser, page } = await openCancel({
      retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
    });
    await browser.submit(page, 'Cancel subscription');
    const subscription = await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active);
    expect(subscription.cancel_at_period_end).toBe(true);
    expect(subscription.discounts).toHaveLength(0);
  });

  it('stays on its own subscription and obeys a configuration changed after the session was made', async () => {
    const { browser, page } = await openCancel({
      customer: DEMO_IDS.customers.multi,
      subscription: DEMO_IDS.subscriptions.multiTeam,
    });
    const other = page.url.replace(DEMO_IDS.subscriptions.multiTeam, DEMO_IDS.subscriptions.multiAddon);
    expect((await browser.open(other)).status).toBe(403);
    await harness().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, {
      features: { subscription_cancel: { enabled: false } },
    });
    const refused = await browser.open(page.url);
    expect(refused.status).toBe(403);
    expect(refused.html).not.toContain('>Cancel subscription</button>');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.multiTeam)).cancel_at_period_end).toBe(false);
  });

  it('puts the consequences first, then the reasons, then the offer, and the confirm button last on its own row', async () => {
    const { page } = await openCancel({
      retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
    });
    const at = (marker: string) => {
      const index = page.html.indexOf(marker);
      expect(index, marker).toBeGreaterThan(0);
      return index;
    };
    const order = [
      at('Your plan ends on'),
      at('Why are you canceling?'),
      at('<textarea id="field-comment"'),
      at('Accept offer'),
      at('<p class="form-actions"><button type="submit" form="cancel-form" class="danger">Cancel subscription</button></p>'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refuses a reason that is not listed, linking the error summary to the reasons', async () => {
    const { browser, page } = await openCancel();
    const refused = await browser.submit(page, 'Cancel subscription', { reason: 'bored' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('<a href="#field-reason-too_expensive">Reason: Choose one of the listed reasons.</a>');
    expect(refused.html).toContain('id="field-reason-too_expensive"');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).cancel_at_period_end).toBe(false);
  });
});
