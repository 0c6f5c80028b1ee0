import { html, type SafeHtml } from './html';
import { STYLESHEET } from './styles';

/**
 * The label every page carries (in the header, `role="note"`), so nobody mistakes the emulator for
 * Stripe. Browser tests can look for it to know they are on an emulator page.
 *
 * @example
 * await expect(page.getByRole('note')).toHaveText(EMULATOR_LABEL);
 */
export const EMULATOR_LABEL = 'Stripe emulator - not the real Stripe, no money moves';

/** What {@link renderPage} needs. */
export interface PageOptions {
  /** The page's `<h1>` and the start of its `<title>`. */
  title: string;
  /** The business the portal belongs to. */
  businessName: string;
  /** The configuration's `business_profile.headline`, if any. */
  headline?: string | null | undefined;
  /** Who the session is for; omitted on pages shown without a session (unknown link). */
  customerName?: string | null | undefined;
  body: SafeHtml;
  /** Shown under the business on the left, as Stripe's Checkout shows the order there. */
  summary?: SafeHtml | null | undefined;
  /** Where the return link goes; no link when absent. */
  returnUrl?: string | null | undefined;
}

/**
 * One whole page, laid out like Stripe's hosted pages: the business on the left (the emulator
 * banner, "Return to <business>" at the top, the name, headline and customer) and the task on the
 * right; on a narrow screen the business comes first and the task below it.
 *
 * @example
 * renderPage({ title: 'Cancel subscription', businessName: 'Acme', customerName: 'Ada', body });
 */
export function renderPage(options: PageOptions): SafeHtml {
  const { title, businessName, headline, customerName, body, summary, returnUrl } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title} - ${businessName} (Stripe emulator)</title>
${STYLESHEET}
</head>
<body>
<div class="page">
<header class="business">
<div class="business-inner">
<p class="emulator-banner" role="note">${EMULATOR_LABEL}</p>
${returnUrl ? html`<p class="return-link"><span aria-hidden="true">← </span><a href="${returnUrl}">Return to ${businessName}</a></p>` : null}
<p class="business-name">${businessName}</p>
${headline ? html`<p class="headline">${headline}</p>` : null}
${customerName ? html`<p class="customer">Customer: <span data-testid="customer-name">${customerName}</span></p>` : null}
${summary ?? null}
<p class="emulated-by">Served by the portalkit Stripe emulator, not by Stripe.</p>
</div>
</header>
<main>
<div class="task">
<h1>${title}</h1>
${body}
</div>
</main>
</div>
</body>
</html>`;
}

/**
 * Security headers for every page. No script may run (the pages need none, so even a missed escape
 * stays inert), no framing, and no `Referer`: the session URL holds a bearer token, and the return
 * link must not hand it to the app's logs.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // No form-action: Chrome applies it to the redirect after a POST, which goes to the app.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
};

/** A page as a Response. */
export function pageResponse(page: SafeHtml, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(page.value, { status, headers: { ...PAGE_HEADERS, ...headers } });
}
