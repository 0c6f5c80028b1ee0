import { auth } from '@/auth';
import { subscriptionOf } from '@/billing-store';
import { createStripe } from '@/stripe';
import { BillingButtons } from './billing-buttons';

/** A Server Component: who is signed in and what the webhooks said, with the client-side buttons. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ runtime?: string }> }) {
  const session = await auth();
  if (!session) {
    return (
      <main>
        <h1>Account</h1>
        <p>Nobody is signed in.</p>
      </main>
    );
  }
  const { runtime } = await searchParams;
  const customer = session.user.stripeCustomerId;
  const [subscription] = (await createStripe().subscriptions.list({ customer, limit: 1 })).data;
  const known = await subscriptionOf(customer);
  return (
    <main>
      <h1>Account</h1>
      <p data-testid="customer">{customer}</p>
      <p data-testid="subscription-state">
        {known === undefined ? 'No webhook yet' : known.cancelAtPeriodEnd ? 'Cancels at period end' : `Renews (${known.status})`}
      </p>
      <BillingButtons
        endpoint={runtime === 'edge' ? '/api/edge/billing/portal' : '/api/billing/portal'}
        subscription={subscription?.id}
      />
    </main>
  );
}
