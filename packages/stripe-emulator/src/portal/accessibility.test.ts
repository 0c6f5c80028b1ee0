import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared';
import { DEMO_IDS } from '../seed/demo';
import { EMULATOR_LABEL } from './layout';
import type { LoadedPage, PortalBrowser } from '../testing/portal-browser';
import { TEST_CARDS, cardFields, checkoutParams } from '../testing/checkout';
import { auditHtml } from '../testing/page-audit';
import { usePortalHarness } from '../testing/portal-harness';

const harness = usePortalHarness();

const { customers, subscriptions, items, prices, retentionCoupon } = DEMO_IDS;

async function openSession(
  params: Record<string, unknown> = {},
): Promise<{ browser: PortalBrowser; page: LoadedPage; url: string }> {
  const { browser, page, session } = await harness().open({ customer: customers.multi, ...params });
  return { browser, page, url: session.url };
}

/*
 * Every page, rendered in Chromium at desktop and mobile widths: axe (colour contrast included)
 * finds nothing, and each has one h1, a language, a title and the emulator label. Screenshots land
 * in test-results/pages/ for a person to look at.
 */
let chromiumBrowser: Browser;
beforeAll(async () => {
  chromiumBrowser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);
afterAll(() => chromiumBrowser?.close());

const pages: Record<string, () => Promise<LoadedPage>> = {
  homepage: async () => (await openSession()).page,
  'card form with an error': async () => {
    const { browser, page } = await openSession({ flow_data: { type: 'payment_method_update' } });
    return browser.submit(page, 'Save payment method', { number: '4000000000000002', expiry: '1/2', cvc: '', name: '' });
  },
  'cancel with offer': async () =>
    (
      await openSession({
        flow_data: {
          type: 'subscription_cancel',
          subscription_cancel: {
            subscription: subscriptions.multiTeam,
            retention: { type: 'coupon_offer', coupon_offer: { coupon: retentionCoupon } },
          },
        },
      })
    ).page,
  'plan switch': async () =>
    (
      await openSession({
        flow_data: { type: 'subscription_update', subscription_update: { subscription: subscriptions.multiTeam } },
      })
    ).page,
  'plan switch confirmation': async () => {
    const { browser, page } = await openSession({
      flow_data: { type: 'subscription_update', subscription_update: { subscription: subscriptions.multiTeam } },
    });
    return browser.submit(page, 'Continue', { price: prices.proYearly, quantity: '7' });
  },
  'plan switch with an error': async () => {
    const { browser, page } = await openSession({
      flow_data: { type: 'subscription_update', subscription_update: { subscription: subscriptions.multiTeam } },
    });
    return browser.submit(page, 'Continue', { quantity: '51' });
  },
  'update confirmation': async () =>
    (
      await openSession({
        flow_data: {
          type: 'subscription_update_confirm',
          subscription_update_confirm: {
            subscription: subscriptions.multiTeam,
            items: [{ id: items.multiTeam, price: prices.proYearly }],
          },
        },
      })
    ).page,
  'customer details': async () => (await openSession({ flow_data: { type: 'customer_update' } })).page,
  'customer details with errors': async () => {
    const { browser, page } = await openSession({ flow_data: { type: 'customer_update' } });
    return browser.submit(page, 'Save details', { email: '', address_line1: '1 Main St', address_country: 'XX' });
  },
  'homepage with a discount': async () => {
    const { browser, page } = await openSession({
      flow_data: {
        type: 'subscription_cancel',
        subscription_cancel: {
          subscription: subscriptions.multiTeam,
          retention: { type: 'coupon_offer', coupon_offer: { coupon: retentionCoupon } },
        },
        after_completion: { type: 'portal_homepage' },
      },
    });
    return browser.submit(page, 'Accept offer');
  },
  'back to a finished flow': async () => {
    const { browser, page } = await openSession({
      flow_data: {
        type: 'subscription_pause',
        subscription_pause: { subscription: subscriptions.multiTeam },
        after_completion: { type: 'redirect', redirect: { return_url: 'http://localhost:5999/billing/done' } },
      },
    });
    await browser.submit(page, 'Pause subscription');
    return browser.open(page.url);
  },
  pause: async () =>
    (
      await openSession({
        flow_data: { type: 'subscription_pause', subscription_pause: { subscription: subscriptions.multiTeam } },
      })
    ).page,
  'hosted confirmation': async () => {
    const { browser, page } = await openSession({
      flow_data: {
        type: 'customer_update',
        after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Thanks!' } },
      },
    });
    return browser.submit(page, 'Save details');
  },
  'expired with recovery': async () => {
    const { url } = await openSession({ after_expiration: { type: 'customer_login' } });
    return harness().browser().open(url);
  },
  'recovery sent': async () => {
    const { url } = await openSession({ after_expiration: { type: 'customer_login' } });
    const browser = harness().browser();
    return browser.submit(await browser.open(url), 'Email me a new link');
  },
  checkout: async () => openCheckout(),
  'checkout with a decline': async () => {
    const page = await openCheckout();
    return harness().browser().submit(page, 'Subscribe', cardFields(TEST_CARDS.declined));
  },
  'checkout asking for an email, with errors': async () => {
    const page = await openCheckout({ customer: undefined });
    return harness().browser().submit(page, 'Subscribe', { number: '', expiry: '', cvc: '', name: '', email: '' });
  },
  'checkout expired': async () => {
    const session = await harness().stripe.checkout.sessions.create(checkoutParams());
    await harness().stripe.checkout.sessions.expire(session.id);
    return harness()
      .browser()
      .open(session.url as string);
  },
  'not available': async () => {
    const { browser, page } = await openSession({ flow_data: { type: 'customer_update' } });
    return browser.open(page.url.replace(/customer$/, 'home'));
  },
};

async function openCheckout(overrides: Record<string, unknown> = {}): Promise<LoadedPage> {
  const session = await harness().stripe.checkout.sessions.create(checkoutParams(overrides));
  return harness()
    .browser()
    .open(session.url as string);
}

describe('every portal and Checkout page', () => {
  for (const [name, load] of Object.entries(pages)) {
    it(`${name}: passes axe at desktop and mobile widths, with one h1, a language and the emulator label`, async () => {
      const page = await load();
      expect(page.leftTo).toBeNull();
      for (const audit of await auditHtml(chromiumBrowser, page.html, name)) {
        expect({ viewport: audit.viewport, violations: audit.violations }).toEqual({ viewport: audit.viewport, violations: [] });
        expect(audit).toMatchObject({ lang: 'en', h1Count: 1, note: EMULATOR_LABEL, fitsWidth: true });
        expect(audit.title).toMatch(/\(Stripe emulator\)$/);
      }
    }, 30_000);
  }
});
