/*
 * The code the test runs in child `node` processes inside the app. Each prints one JSON line, so the
 * test asserts on values, not on log text.
 */

/** Loads each specifier with `import()` or `require()` and prints `{ [specifier]: exportNames | { error } }`. */
export function loadEveryEntry(specifiers: readonly string[], type: 'module' | 'commonjs'): string {
  const load = type === 'module' ? 'await import(specifier)' : 'require(specifier)';
  const body = `
    const result = {};
    for (const specifier of ${JSON.stringify(specifiers)}) {
      try {
        const loaded = ${load};
        result[specifier] = Object.keys(loaded).sort();
      } catch (error) {
        result[specifier] = { error: String(error && error.code ? error.code + ': ' + error.message : error) };
      }
    }
    console.log(JSON.stringify(result));
  `;
  return type === 'module' ? body : `(async () => {${body}})();`;
}

/** Prints the `displayName` of each React component export, through `import()` and `require()`. */
export const componentNames = `
  const button = require('@portalkit/react');
  const form = require('@portalkit/react/form');
  Promise.all([import('@portalkit/react'), import('@portalkit/react/form')]).then(([esmButton, esmForm]) => {
    console.log(JSON.stringify({
      require: [button.ManageBillingButton.displayName, form.ManageBillingForm.displayName],
      import: [esmButton.ManageBillingButton.displayName, esmForm.ManageBillingForm.displayName],
    }));
  });
`;

/**
 * With the installed `stripe`: the emulator on a free port, a portal handler that asks it for a
 * session through the real SDK, and a webhook handler that verifies a signed event. Prints what a
 * user would check: the SDK version, the handler's status and whether it returned a URL, and the
 * event the webhook handler saw.
 */
export const portalAndWebhookRoundTrip = `
  import { readFileSync } from 'node:fs';
  import Stripe from 'stripe';
  import { createPortalHandler, createWebhookHandler } from '@portalkit/server';
  import { createStripeEmulator, DEMO_IDS, signPayload } from '@portalkit/stripe-emulator';

  const emulator = createStripeEmulator();
  const { url } = await emulator.listen(0, '127.0.0.1');
  try {
    const stripe = new Stripe(emulator.apiKey, { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http', maxNetworkRetries: 0 });
    const portal = createPortalHandler({
      stripe,
      getCustomerId: () => DEMO_IDS.customers.active,
      returnUrl: 'http://localhost:3000/account',
    });
    const response = await portal(new Request('http://localhost:3000/api/billing/portal', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ flow: 'payment_method_update' }),
    }));
    const body = await response.json();

    const seen = [];
    const secret = 'whsec_tarball_test';
    const webhook = createWebhookHandler({ stripe, secret, on: { 'customer.updated': (event) => { seen.push(event.id); } } });
    const payload = JSON.stringify({ id: 'evt_tarball', object: 'event', type: 'customer.updated', data: { object: { id: DEMO_IDS.customers.active, object: 'customer' } } });
    const delivery = await webhook(new Request('http://localhost:3000/webhooks/stripe', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signPayload(payload, secret, Math.floor(Date.now() / 1000)) },
      body: payload,
    }));

    console.log(JSON.stringify({
      // stripe's exports map has no ./package.json, so read the installed file itself.
      stripe: JSON.parse(readFileSync(new URL('./node_modules/stripe/package.json', import.meta.url), 'utf8')).version,
      portal: { status: response.status, url: typeof body.url === 'string' && body.url.startsWith(url) },
      webhook: { status: delivery.status, seen },
    }));
  } finally {
    await emulator.close();
  }
`;
