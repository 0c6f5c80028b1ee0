/*
 * The demo's own pages, checked with axe in Chromium after they have hydrated: the sign-in page and
 * the account pages of customers in different states (every button variant is on one of them).
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/demo-page';
import { useE2eSession } from './support/e2e-session';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const session = useE2eSession();

/** axe's violations on the page, as `rule: selectors` lines (empty when there are none). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

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
