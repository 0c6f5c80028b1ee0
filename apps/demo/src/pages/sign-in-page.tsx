import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { demoUsersQuery } from '../api';
import { returnNoticeQuery } from '../return-notice-query';
import { ErrorSummary } from '../components/error-summary';

const CUSTOMERS_ID = 'demo-customers';

/**
 * The stub sign-in: one button per seeded customer, in a plain form (it works without JavaScript).
 * The form posts the app's own user ID; the server maps it to the Stripe customer.
 */
export function SignInPage({ failed }: { failed: boolean }): ReactNode {
  const { data: users } = useSuspenseQuery(demoUsersQuery);
  const { data: returnNotice } = useSuspenseQuery(returnNoticeQuery);
  return (
    <>
      <h1>Sign in to the demo</h1>
      {returnNotice?.kind === 'signed-out' && (
        <p className="callout callout--updated" role="status" data-testid="return-notice">
          Your changes in the billing portal are saved with Stripe. Sign in to see them.
        </p>
      )}
      {failed && (
        <ErrorSummary
          problems={[{ message: 'That demo customer does not exist. Pick one from the list.', fieldId: CUSTOMERS_ID }]}
        />
      )}
      <p className="callout callout--warning">
        <strong>Stub login, for the demo only.</strong> There is no password: pick a customer to act as. Your app uses its real
        authentication here.
      </p>
      <form method="post" action="/api/session" className="user-picker">
        <fieldset id={CUSTOMERS_ID}>
          <legend>Demo customers</legend>
          {users.length === 0 ? (
            <p>No customers found in this Stripe account. Create one in the Stripe dashboard (test mode).</p>
          ) : (
            <ul className="user-picker__list">
              {users.map((user) => (
                <li key={user.id}>
                  <button type="submit" name="user" value={user.id} className="user-card">
                    <span className="user-card__name">{user.name}</span>
                    {user.email && <span className="user-card__email">{user.email}</span>}
                    <span className="user-card__summary">{user.summary}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </form>
    </>
  );
}
