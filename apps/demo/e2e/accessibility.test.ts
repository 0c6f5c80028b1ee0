/*
 * The demo's own pages, checked with axe in Chromium after they have hydrated: the sign-in page and
 * the account pages of customers in different states (every button variant is on one of them; the
 * Checkout success page is checked in `checkout-flows.test.ts`, where a purchase exists).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations as violations } from './support/axe';
import { signIn } from './support/demo-page';
import { useE2eSession } from './support/e2e-session';

const session = useE2eSession();

describe('accessibility', () => {
  it('the stub sign-in page has no axe violations', async () => {
    const page = await session().newPage();
    await page.goto(`${session().appUrl}/`);
    expect(await violations(page)).toEqual([]);
  });

  it.each(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson', 'Alan Turing', 'Mary Jackson', 'Dorothy Vaughan'])(
    'the account page of %s has no axe violations',
    async (name) => {
      const page = await session().newPage();
      await signIn(page, session(), name);
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
    },
  );
});
