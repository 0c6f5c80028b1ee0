import { cookies } from 'next/headers';

/**
 * Your auth goes here (Auth.js, Clerk, your own sessions): who is signed in, read on the server.
 *
 * This stub trusts a `customer` cookie, like the demo's stub login, so the example runs without an
 * identity provider. Never ship it: anyone can set a cookie.
 *
 * @example
 * const session = await auth(); // { user: { stripeCustomerId: 'cus_...' } } or null
 */
export async function auth(): Promise<{ user: { stripeCustomerId: string } } | null> {
  const customer = (await cookies()).get('customer')?.value;
  return customer && /^cus_\w+$/.test(customer) ? { user: { stripeCustomerId: customer } } : null;
}
