import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sessionQuery } from '../api';

/** What an unknown address shows (with status 404): what happened, and the way home. */
export function NotFoundPage(): ReactNode {
  const { data: session } = useSuspenseQuery(sessionQuery);
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p className="actions">
        <a href={session.user ? '/account' : '/'} className="button button--primary">
          {session.user ? 'Go to your account' : 'Go to the sign-in page'}
        </a>
      </p>
    </>
  );
}
