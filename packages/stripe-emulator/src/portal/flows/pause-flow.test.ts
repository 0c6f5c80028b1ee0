import { describe, expect, it } from 'vitest';
import { addInterval } from '../../objects/period';
import { DEMO_IDS } from '../../seed/demo';
import { headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

const harness = usePortalHarness({ clock: 'frozen' });

function open(configuration?: string) {
  return harness().open({
    customer: DEMO_IDS.customers.active,
    ...(configuration ? { configuration } : {}),
    flow_data: {
      type: 'subscription_pause',
      subscription_pause: { subscription: DEMO_IDS.subscriptions.active },
      after_completion: { type: 'portal_homepage' },
    },
  });
}

describe('subscription_pause flow', () => {
  it("offers the configuration's durations and pauses collection for the chosen one", async () => {
    const { browser, page } = await open();
    expect(headingOf(page.html)).toBe('Pause subscription');
    expect(textOf(page.html)).toContain('Pause for 1 month 3 months');
    const home = await browser.submit(page, 'Pause subscription', { duration: '1' });
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(home.html).toContain('>Resume subscription</button>');
    const subscription = await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active);
    expect(subscription.pause_collection).toEqual({
      behavior: 'void',
      resumes_at: addInterval(harness().emulator.clock.now(), 'month', 3),
    });
  });

  it('pauses indefinitely when the configuration says so, and refuses a made-up duration', async () => {
    const configuration = await harness().stripe.billingPortal.configurations.create({
      features: { subscription_pause: { enabled: true, duration: { type: 'indefinite' } } },
    });
    const indefinite = await open(configuration.id);
    expect(textOf(indefinite.page.html)).toContain('Payments stay paused until you resume them.');
    await indefinite.browser.submit(indefinite.page, 'Pause subscription');
    expect(
      (await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).pause_collection?.resumes_at,
    ).toBeNull();

    harness().emulator.reset();
    const { browser, page } = await open();
    const bad = await browser.submit(page, 'Pause subscription', { duration: '7' });
    expect(bad.status).toBe(422);
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).pause_collection).toBeNull();
  });
});
