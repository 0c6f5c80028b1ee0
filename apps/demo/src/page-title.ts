import type { InitialData, PageName } from '../server/page-data';

/** The site's name, after each page's own in the `<title>`. */
export const SITE_NAME = 'portalkit demo';

const TITLES: Record<PageName, string> = {
  'sign-in': 'Sign in',
  account: 'Your account',
  'checkout-success': 'Subscription confirmed',
  'not-found': 'Page not found',
};

/**
 * The document title of a server-rendered page: the page's name first (what a tab or a screen
 * reader's page list shows), then the site's.
 *
 * @example
 * pageTitle('account', data); // 'Your account · portalkit demo'
 */
export function pageTitle(page: PageName, data: InitialData): string {
  // A success URL naming no purchase of the customer's is not a confirmation.
  const name = page === 'checkout-success' && data.purchase === null ? 'Purchase not found' : TITLES[page];
  return `${name} · ${SITE_NAME}`;
}
