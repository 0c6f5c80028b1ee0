/*
 * The states that come after the test clock moves, in a demo of their own: the emulator's clock is
 * the whole emulator's, and once it has moved, a Checkout Session the demo creates with an
 * `expires_at` from the machine's clock is refused (it looks like the past), so these cannot share a
 * demo with `screens.test.ts`'s Checkout states. Same harness, same checks.
 */
import { expect, vi } from 'vitest';
import { DEMO_EXTRA_IDS } from '../server/demo-customers';
import { signIn, subscriptionCard, textOf } from './support/demo-page';
import { useE2eSession } from './support/e2e-session';
import { settled, WEBHOOK_WAIT } from './support/screen-flows';
import { describeScreenStates } from './support/screen-run';
import type { ScreenState } from './support/screen-state';

const session = useE2eSession();

const STATES: ScreenState[] = [
  {
    name: 'account-past-due-after-renewal',
    async reach(page, e2e) {
      await signIn(page, e2e, 'Dorothy Vaughan');
      await page.getByRole('button', { name: 'Advance the clock to the next renewal' }).click();
      await page.waitForURL((url) => url.pathname === '/account' && url.searchParams.has('renewed'));
      await vi.waitFor(async () => expect(await page.getByTestId('past-due-banner').count()).toBe(1), WEBHOOK_WAIT);
      const card = subscriptionCard(page, DEMO_EXTRA_IDS.subscriptions.failingCard);
      expect(await textOf(card.getByTestId('subscription-status'))).toBe('Past due');
      await settled(page);
    },
  },
];

describeScreenStates(session, STATES);
