import type { ReactNode } from 'react';
import type { ReturnNoticeView } from '../use-return-notice';

/**
 * Says what changed after a trip to Stripe, or that the page is still checking. The live region is
 * always rendered (empty when there is nothing to say), so screen readers announce the change from
 * checking to what changed. "Checking" is rare: a return reads Stripe before the page renders, so it
 * shows only when Stripe did not answer in time. Without JavaScript it offers a link to look again
 * (no self-refresh: a page that reloads on its own moves a screen reader's place, WCAG 2.2.1), so it
 * never stays on "Checking…".
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
            {' '}
            <a href="/account">Refresh</a>
          </noscript>
        </p>
      )}
    </div>
  );
}
