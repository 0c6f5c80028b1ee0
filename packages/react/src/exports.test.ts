import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import packageJson from '../package.json';
import * as errors from './errors';
import * as form from './form';
import * as entry from './index';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

// A change to these lists is a change to the public API: make it on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(entry).sort()).toMatchInlineSnapshot(`
    [
      "BILLING_PORTAL_MUTATION_KEY",
      "BillingError",
      "BillingPortalProvider",
      "CHECKOUT_MUTATION_KEY",
      "CheckoutButton",
      "DEFAULT_BILLING_MESSAGES",
      "DEFAULT_BILLING_STATE_ENDPOINT",
      "DEFAULT_FLOW_LABELS",
      "ManageBillingButton",
      "billingPortalMutationOptions",
      "billingStateQueryKey",
      "checkoutMutationOptions",
      "createCheckoutSession",
      "createPortalSession",
      "fetchBillingState",
      "isBillingError",
      "useBillingState",
      "useCheckout",
      "useManageBilling",
    ]
  `);
  // Its own entry, so an app that only renders the button does not ship the form.
  expect(Object.keys(form).sort()).toMatchInlineSnapshot(`
    [
      "CheckoutForm",
      "ManageBillingForm",
    ]
  `);
  // Server-safe: plain values a React Server Component can call and render.
  expect(Object.keys(errors).sort()).toMatchInlineSnapshot(`
    [
      "BillingError",
      "DEFAULT_BILLING_MESSAGES",
      "DEFAULT_FLOW_LABELS",
      "isBillingError",
    ]
  `);
});

it('marks the component entries as client code, and keeps the plain values server-safe', () => {
  const entries = Object.values(packageJson.exports).flatMap((target) =>
    typeof target === 'object' ? [target['portalkit-source']] : [],
  );
  expect(entries).toEqual(['./src/index.ts', './src/form.ts', './src/errors.ts']);
  const buildConfig = readFileSync(join(PACKAGE_DIR, 'tsdown.config.ts'), 'utf8');
  for (const source of entries) {
    const code = readFileSync(join(PACKAGE_DIR, source), 'utf8');
    // React Server Components only see the directive as the module's first statement.
    if (source === './src/errors.ts') expect(code).not.toMatch(/^'use client';/m);
    else expect(code).toMatch(/^'use client';\n/);
    expect(buildConfig).toContain(`'${source.slice(2)}'`);
  }
});
