/*
 * The kit's billing buttons in the real demo on a slow network (issue #12, "No click is lost before
 * hydration" and "One redirect at a time per page"): a click made while the page is only
 * server-rendered still opens the portal, once; and while one button is on its way to Stripe, a click
 * on another starts nothing. The kit's component tests prove the same on a fixture page.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { signIn, waitForPortal } from './support/demo-page';
import { useE2eSession } from './support/e2e-session';
import { holdRequests } from './support/request-hold';

const session = useE2eSession();
const portalSessionCount = () => session().emulator.store.portalSessions.list().length;

interface PortalTraffic {
  posts(): number;
  portalPages(): number;
}

/** Counts the page's POSTs to the kit's portal route and its arrivals on a portal page. */
function watchPortalTraffic(page: Page): PortalTraffic {
  const emulator = new URL(session().emulator.url).origin;
  let posts = 0;
  let portalPages = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/billing/portal') posts += 1;
  });
  page.on('framenavigated', (frame) => {
    const url = new URL(frame.url());
    if (frame === page.mainFrame() && url.origin === emulator && url.pathname.startsWith('/p/session/')) portalPages += 1;
  });
  return { posts: () => posts, portalPages: () => portalPages };
}

/** The page ends on the portal's payment-method page, reached once, through one request and one new session. */
async function expectOneTripToPaymentMethod(page: Page, traffic: PortalTraffic, sessionsBefore: number): Promise<void> {
  await waitForPortal(page, session());
  expect(await page.title()).toMatch(/^Update payment method/);
  await page.waitForLoadState('networkidle');
  expect({ sessions: portalSessionCount() - sessionsBefore, posts: traffic.posts(), portalPages: traffic.portalPages() }).toEqual(
    {
      sessions: 1,
      posts: 1,
      portalPages: 1,
    },
  );
}

describe('billing buttons on a slow network', () => {
  it('opens the portal once for a click made before the page has hydrated', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    // The page again, with its client entry held back: the server's HTML is all there is.
    const script = await holdRequests(page, (url) => url.pathname === '/main.tsx');
    await page.goto(`${session().appUrl}/account`, { waitUntil: 'commit' });
    const button = page.getByRole('button', { name: 'Update payment method', exact: true });
    await button.waitFor();
    await script.waitFor(1);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    const traffic = watchPortalTraffic(page);
    const before = portalSessionCount();

    await button.click();
    // Now the script may load: a page that hydrates after the click must not send a second request.
    await script.release();

    await expectOneTripToPaymentMethod(page, traffic, before);
  });

  it('starts one session when a second billing button is clicked while the first is on its way', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    await page.waitForLoadState('networkidle');
    const traffic = watchPortalTraffic(page);
    const api = await holdRequests(page, (url) => url.pathname === '/api/billing/portal');
    const before = portalSessionCount();

    await page.getByRole('button', { name: 'Update payment method', exact: true }).click();
    await api.waitFor(1);
    // Forced: a button the kit shows as unavailable is still there to be clicked, by a person or a script.
    await page.getByRole('button', { name: 'Update billing details', exact: true }).click({ force: true });
    await page
      .getByRole('button', { name: /^Pause payments/ })
      .first()
      .click({ force: true });
    await api.release();

    await expectOneTripToPaymentMethod(page, traffic, before);
  });
});
