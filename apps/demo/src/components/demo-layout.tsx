import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sessionQuery } from '../api';
import { ModeBadge } from './mode-badge';

/**
 * The header (brand, which Stripe, who is signed in, sign-out), the page, and the footer that says
 * the sign-in is a stub. On a phone the header takes two short rows: brand and mode, then the account.
 */
export function DemoLayout({ children }: { children: ReactNode }): ReactNode {
  const { data: session } = useSuspenseQuery(sessionQuery);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href="/">
            portalkit <span className="brand__suffix">demo</span>
          </a>
          <ModeBadge mode={session.mode} />
          {session.user && (
            <div className="account-menu">
              <span className="account-menu__user">
                <span className="visually-hidden">Signed in as </span>
                <strong>{session.user.name}</strong>
              </span>
              {/* A plain form: sign-out works before the JavaScript loads, and with none. */}
              <form method="post" action="/api/session/sign-out">
                <button type="submit" className="button button--quiet">
                  Sign out
                </button>
              </form>
            </div>
          )}
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <span className="tag tag--demo">Demo</span> The sign-in is a stub: anyone can act as any demo customer. A real app signs
          users in properly and maps each user to their Stripe customer on the server.
        </p>
      </footer>
    </>
  );
}
