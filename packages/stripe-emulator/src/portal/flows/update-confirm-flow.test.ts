import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

// Ten days into Katherine's Pro period (January 1 to February 1, 2027): 21 of 31 days are left.
const harness = usePortalHarness({ clock: 'frozen', startTime: Date.UTC(2027, 0, 11) / 1000 });
const { customers, subscriptions, items, prices } = DEMO_IDS;

type Change = Stripe.BillingPortal.SessionCreateParams.FlowData.SubscriptionUpdateConfirm.Item;

async function openConfirm(change: Omit<Change, 'id'>, behavior?: 'always_invoice' | 'none') {
  if (behavior) {
    await harness().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, {
      features: { subscription_update: { proration_behavior: behavior } },
    });
  }
  return harness().open({
    customer: customers.multi,
    flow_data: {
      type: 'subscription_update_confirm',
      subscription_update_confirm: { subscription: subscriptions.multiTeam, items: [{ id: items.multiTeam, ...change }] },
    },
  });
}

describe('subscription_update_confirm: the emulated amount due today', () => {
  it('prorates a quantity change by days onto the next invoice (create_prorations), labelled as emulated', async () => {
    const { page } = await openConfirm({ quantity: 8 });
    expect(headingOf(page.html)).toBe('Confirm subscription update');
    const text = textOf(page.html);
    expect(text).toContain('Amount due today (emulated)');
    // 5 seats at $29.00 are $145.00 a month; 21/31 of that is $98.23. 8 seats: 21/31 of $232.00 is $157.16.
    expect(text).toContain('Unused time on Pro ($29.00 per month × 5) (21 of 31 days) −$98.23');
    expect(text).toContain('Remaining time on Pro ($29.00 per month × 8) (21 of 31 days) $157.16');
    expect(text).toContain('Proration $58.93, added to your next invoice');
    expect(text).toContain('Amount due today $0.00 Next invoice February 1, 2027');
    expect(text).toContain('Emulated figures: the emulator prorates by whole days and creates no invoice or charge');
  });

  it('invoices the proration today with always_invoice', async () => {
    const { page } = await openConfirm({ quantity: 8 }, 'always_invoice');
    expect(textOf(page.html)).toContain('Proration $58.93 Amount due today $58.93');
  });

  it('prorates nothing with none: the new price starts at the renewal', async () => {
    const { page } = await openConfirm({ quantity: 8 }, 'none');
    expect(textOf(page.html)).toContain('Proration None: the new price applies from February 1, 2027 Amount due today $0.00');
  });

  it('charges a new yearly period today, less the unused month, and keeps its word that nothing is invoiced', async () => {
    const { browser, page } = await openConfirm({ price: prices.proYearly });
    const text = textOf(page.html);
    expect(text).toContain('Pro ($290.00 per year × 5), new period from today $1,450.00');
    expect(text).toContain('Amount due today $1,351.77 Next invoice January 11, 2028');
    const invoices = harness().emulator.store.invoices.size;
    const done = await browser.submit(page, 'Confirm update');
    expect(headingOf(done.html)).toBe('Billing overview');
    expect(harness().emulator.store.invoices.size).toBe(invoices);
    const subscription = await harness().stripe.subscriptions.retrieve(subscriptions.multiTeam);
    expect(subscription.items.data[0]).toMatchObject({ price: { id: prices.proYearly }, quantity: 5 });
  });
});
