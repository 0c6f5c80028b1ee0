import { Hono, type Context } from 'hono';
import { completeCheckout } from '../actions/complete-checkout';
import type { EmulatorContext } from '../context';
import { isStripeApiError } from '../http/stripe-error';
import { cardFieldOf, parseExpiry } from '../portal/card-form';
import { isCountryCode } from '../portal/countries';
import { FormError, readForm, type PortalForm } from '../portal/form';
import { html } from '../portal/html';
import { pageResponse, renderPage } from '../portal/layout';
import { seeOther } from '../portal/respond';
import type { CheckoutSessionRecord } from '../store/checkout-session-record';
import { renderCheckoutPage, type CheckoutFormState } from './pages/checkout-page';
import { renderClosedPage } from './pages/closed-page';

/** Options of {@link createCheckoutPages}. */
export interface CheckoutPagesOptions {
  context: EmulatorContext;
  /** @defaultValue `'Emulated business'` */
  businessName?: string;
}

/**
 * The hosted Checkout page as a Hono app: `GET /c/pay/:token` shows the order and a card form,
 * `POST /c/pay/:token` pays. Unlike a portal link, a Checkout link may be reloaded while the session
 * is open (as Stripe's can); its secret token, not the `cs_...` ID the app sees in redirects, is what
 * opens it. A payment that works answers `303` to `success_url`, with `{CHECKOUT_SESSION_ID}`
 * replaced by the session ID (https://docs.stripe.com/payments/checkout/custom-success-page).
 *
 * @example
 * app.route('/', createCheckoutPages({ context, businessName: 'Acme' }));
 */
export function createCheckoutPages(options: CheckoutPagesOptions): Hono {
  const { context: ctx } = options;
  const businessName = options.businessName ?? 'Emulated business';
  const app = new Hono();
  const find = (c: Context) => {
    const token = c.req.param('token') ?? '';
    return ctx.store.checkoutSessions.list().find((record) => record.token === token);
  };
  const closed = (record: CheckoutSessionRecord | undefined) => {
    if (!record) return renderClosedPage({ reason: 'unknown', businessName, next: null });
    const { session } = record;
    if (session.status === 'complete') return renderClosedPage({ reason: 'complete', businessName, next: successTarget(record) });
    return renderClosedPage({ reason: 'expired', businessName, next: session.cancel_url });
  };
  const page = (record: CheckoutSessionRecord, c: Context, state?: CheckoutFormState, status?: number) => {
    const customerId = typeof record.session.customer === 'string' ? record.session.customer : null;
    const customer = customerId ? ctx.store.customers.get(customerId) : undefined;
    return renderCheckoutPage(record, { businessName, action: c.req.path, customer }, state, status);
  };

  app.get('/c/pay/:token', (c) => {
    const record = find(c);
    return record?.session.status === 'open' ? page(record, c) : closed(record);
  });

  app.post('/c/pay/:token', async (c) => {
    const record = find(c);
    // A second submit (a double click) of a session just paid goes where the first one went.
    if (record?.session.status === 'complete' && successTarget(record)) return seeOther(successTarget(record) as string);
    if (record?.session.status !== 'open') return closed(record);
    let form: PortalForm;
    try {
      form = await readForm(c.req.raw);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return pageResponse(renderPage({ title: 'Form not accepted', businessName, body: html`<p>${error.message}</p>` }), 400);
    }
    return submit(record, form, c);
  });

  function submit(record: CheckoutSessionRecord, form: PortalForm, c: Context): Response {
    const needsEmail = record.session.customer === null && record.session.customer_email === null;
    const kept = { email: form.get('email'), expiry: form.get('expiry'), name: form.get('name'), country: form.get('country') };
    const expiry = parseExpiry(kept.expiry);
    const errors: CheckoutFormState['errors'] = {};
    if (needsEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(kept.email))
      errors.email = 'Enter an email address like name@example.com.';
    if (!form.get('number')) errors.number = 'Enter your card number.';
    if (!expiry) errors.expiry = 'Enter the expiry date as MM / YY.';
    if (!form.get('cvc')) errors.cvc = "Enter the card's security code.";
    if (!kept.name) errors.name = 'Enter the name on the card.';
    if (!isCountryCode(kept.country)) {
      errors.country = kept.country ? 'Choose a country or region from the list.' : 'Choose a country or region.';
      kept.country = '';
    }
    if (!expiry || Object.keys(errors).length) return page(record, c, { errors, ...kept }, 422);
    try {
      const card = {
        number: form.get('number'),
        exp_month: expiry.month,
        exp_year: expiry.year,
        cvc: form.get('cvc'),
        name: kept.name,
        country: kept.country,
      };
      completeCheckout(ctx, record.id, card, { email: needsEmail ? kept.email : null });
    } catch (error) {
      if (!isStripeApiError(error)) throw error;
      const field = cardFieldOf(error.param);
      return page(
        record,
        c,
        field ? { errors: { [field]: error.message }, ...kept } : { errors: {}, problem: error.message, ...kept },
        422,
      );
    }
    const target = successTarget(record);
    return target ? seeOther(target) : seeOther(c.req.path);
  }

  // Hono's default handler logs the request; this one logs only the error, never the page's URL.
  app.onError((error) => {
    console.error('[stripe-emulator] checkout page failed:', error instanceof Error ? error.message : error);
    return pageResponse(
      renderPage({
        title: 'Something went wrong',
        businessName,
        body: html`<p>The emulator could not show this page. Its log has the error.</p>`,
      }),
      500,
    );
  });
  return app;
}

/** `success_url` with the `{CHECKOUT_SESSION_ID}` template filled in, or null when none was given. */
export function successTarget(record: CheckoutSessionRecord): string | null {
  return record.session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', record.id) ?? null;
}
