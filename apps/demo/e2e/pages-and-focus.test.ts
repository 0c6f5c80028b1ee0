/*
 * The demo's pages as a customer meets them: a title per page, a real 404 page, a favicon, the next
 * step when there is no subscription, copy without developer terms, a compact header on a phone, and
 * focus moved to the error summary after a failed sign-in (with JavaScript and without).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { signIn, textOf } from './support/demo-page';
import { screenshot, useE2eSession } from './support/e2e-session';

const session = useE2eSession();
const PHONE = { viewport: { width: 375, height: 740 } };

describe('page titles', () => {
  it('names each page first, then the site', async () => {
    const page = await session().newPage();
    await page.goto(`${session().appUrl}/`);
    expect(await page.title()).toBe('Sign in · portalkit demo');
    await signIn(page, session(), 'Ada Lovelace');
    expect(await page.title()).toBe('Your account · portalkit demo');
    await page.goto(`${session().appUrl}/no/such/page`);
    expect(await page.title()).toBe('Page not found · portalkit demo');
    session().takePageErrors(); // The 404 status itself, reported on the console.
  });
});

describe('an unknown address', () => {
  it('answers 404 with the site’s own page and a way home, signed out and signed in', async () => {
    const visitor = await session().newPage();
    const response = await visitor.goto(`${session().appUrl}/pricing`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await textOf(visitor.getByRole('heading', { level: 1 }))).toBe('Page not found');
    expect(await visitor.locator('header .brand').count()).toBe(1);
    expect(await visitor.getByRole('link', { name: 'Go to the sign-in page' }).getAttribute('href')).toBe('/');
    await screenshot(visitor, '50-not-found');
    expect(await axeViolations(visitor)).toEqual([]);

    const customer = await session().newPage();
    await signIn(customer, session(), 'Ada Lovelace');
    expect((await customer.goto(`${session().appUrl}/accounts`))?.status()).toBe(404);
    await customer.getByRole('link', { name: 'Go to your account' }).click();
    await customer.waitForURL((url) => url.pathname === '/account');
    // Chromium reports each page's own 404 on the console; those are expected.
    expect(session().takePageErrors()).toEqual([expect.stringContaining('404'), expect.stringContaining('404')]);
  });

  it('keeps a plain 404 for unknown API addresses, whose callers are programs', async () => {
    const response = await fetch(`${session().appUrl}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });
});

describe('the favicon', () => {
  it('is a small SVG the page links to', async () => {
    const page = await session().newPage();
    await page.goto(`${session().appUrl}/`);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBe('/favicon.svg');
    const response = await fetch(`${session().appUrl}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect((await response.text()).length).toBeLessThan(1_000);
  });
});

describe('the account page', () => {
  it('offers a customer with no subscription the plans as the next step, with nothing about JavaScript', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Alan Turing');
    expect(await textOf(page.getByTestId('no-subscription'))).toMatch(/^You have no subscription yet\. Pick a plan/);
    expect(
      await page
        .getByTestId('plan-picker')
        .getByRole('button', { name: /^Subscribe to / })
        .count(),
    ).toBe(4);
    // No card on file: the card's action says what it does.
    expect(await page.getByRole('button', { name: 'Add payment method', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Update payment method', exact: true }).count()).toBe(0);
  });

  it('speaks to the customer, not the developer, and marks the demo’s own aids as such', async () => {
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) {
      const page = await session().newPage();
      await signIn(page, session(), name);
      const text = await textOf(page.locator('main'));
      for (const phrase of ['Works without JavaScript', '(form)', 'Last change from Stripe', 'projected', 'webhooks said']) {
        expect(text).not.toContain(phrase);
      }
    }
    const grace = await session().newPage();
    await signIn(grace, session(), 'Grace Hopper');
    for (const heading of ['The email we would send', 'Test clock']) {
      const section = grace.locator('section.panel--demo').filter({ has: grace.getByRole('heading', { name: heading }) });
      expect(await textOf(section.getByRole('heading', { level: 2 }))).toBe(`Demo ${heading}`);
    }
  });
});

describe('on a phone', () => {
  it('keeps the header to two short rows, with the mode badge and the account menu inside the screen', async () => {
    const page = await session().newPage(PHONE);
    await signIn(page, session(), 'Katherine Johnson');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(110);
    for (const selector of ['.brand', '.mode-badge', '.account-menu', '.account-menu button']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.x, selector).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(375);
    }
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, '51-account-phone');
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a failed sign-in', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`moves focus to the error summary, which links to the choices (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await session().newPage({ javaScriptEnabled });
      await page.goto(`${session().appUrl}/?error=unknown-user`);
      if (javaScriptEnabled) await page.waitForLoadState('networkidle');
      const summary = page.getByTestId('error-summary');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
      expect(await textOf(summary.getByRole('heading'))).toBe('There is a problem');
      const link = summary.getByRole('link', { name: 'That demo customer does not exist. Pick one from the list.' });
      expect(await link.getAttribute('href')).toBe('#demo-customers');
      expect(await page.locator('#demo-customers').count()).toBe(1);
      // The ring shows on the summary, though the page, not the customer, moved focus there.
      expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
      await screenshot(page, `52-sign-in-error-${javaScriptEnabled ? 'js' : 'no-js'}`);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
    });
  }
});
