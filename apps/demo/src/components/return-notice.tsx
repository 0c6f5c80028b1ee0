import type { ReactNode } from 'react';
import type { ReturnNoticeView } from '../use-return-notice';

/** How often a page without JavaScript reloads while it checks with Stripe. */
const NO_SCRIPT_REFRESH_SECONDS = 2;

/**
 * Says what changed after a trip to Stripe, or that the page is still checking. The live region is
 * always rendered (empty when there is nothing to say), so screen readers announce the change from
 * checking to what changed. Without JavaScript the page reloads itself while checking, and offers a
 * link to do so, so it never stays on "Checking…".
 */
export function ReturnNotice({ notice }: { notice: ReturnNoticeView }): ReactNode {
  const className = {
    none: 'visually-hidden',
    checking: 'callout callout--waiting',
    changes: 'callout callout--updated',
    'checkout-canceled': 'callout',
  }[notice.kind];
  return (
    <div role="status" data-testid="return-notice" className={className}>
      {notice.kind === 'changes' && notice.sentences.map((sentence) => <p key={sentence}>{sentence}</p>)}
      {notice.kind === 'checkout-canceled' && <p>Checkout was canceled. You were not charged.</p>}
      {notice.kind === 'checking' && (
        <p>
          Checking with Stripe for your changes…
          <noscript>
            <meta httpEquiv="refresh" content={String(NO_SCRIPT_REFRESH_SECONDS)} /> <a href="/account">Refresh</a>
          </noscript>
        </p>
      )}
    </div>
  );
}
