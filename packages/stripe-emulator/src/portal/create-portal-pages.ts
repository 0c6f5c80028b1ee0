import { Hono, type Context } from 'hono';
import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import type { PortalSessionRecord } from '../store/portal-session-record';
import { type AccessRefusal, checkAccess, isNavigationOpen, type PortalTask } from './access';
import { renderCancelPage, submitCancel, submitRetentionOffer } from './flows/cancel-flow';
import { renderCustomerPage, submitCustomer } from './flows/customer-flow';
import { submitHomepageAction } from './flows/homepage-actions';
import { renderPausePage, submitPause } from './flows/pause-flow';
import { renderPaymentMethodPage, submitPaymentMethod } from './flows/payment-method-flow';
import { renderUpdateConfirmPage, submitUpdateConfirm } from './flows/update-confirm-flow';
import { renderUpdatePage, submitUpdate } from './flows/update-flow';
import { renderUpdateFlowConfirmPage, submitUpdateFlowConfirm } from './flows/update-flow-confirm';
import { FormError, readForm, readQuery, type PortalForm } from './form';
import { html } from './html';
import { pageResponse, renderPage } from './layout';
import { renderConfirmationPage } from './pages/confirmation-page';
import { renderFlowStatusPage } from './pages/flow-status-page';
import { renderHomePage } from './pages/home-page';
import type { PortalRequest, VisitState } from './portal-request';
import { respond, respondRefusal } from './respond';
import { enterSession, loadVisit, recoverSession, type GateOptions } from './session-gate';

/** Options of {@link createPortalPages}. */
export interface PortalPagesOptions {
  /** The emulator's state and services (store, clock, sessions, webhooks). */
  context: EmulatorContext;
  /**
   * The business name shown at the top of every page.
   * @defaultValue `'Emulated business'`
   */
  businessName?: string;
}

type Handler = (request: PortalRequest, subscription: Stripe.Subscription, c: Context) => Response | Promise<Response>;
type AccountHandler = (request: PortalRequest, c: Context) => Response | Promise<Response>;

const SUBSCRIPTION = '/p/session/:token/subscriptions/:subscription';

/**
 * The hosted portal pages as a Hono app: `GET /p/session/:token` and the pages and form posts
 * under it. Mount it at the root of the emulator's server.
 *
 * @example
 * app.route('/', createPortalPages({ context, businessName: 'Acme' }));
 */
export function createPortalPages(options: PortalPagesOptions): Hono {
  const gate: GateOptions = {
    emulator: options.context,
    businessName: options.businessName ?? 'Emulated business',
    states: new WeakMap<PortalSessionRecord, VisitState>(),
  };
  const app = new Hono();

  const withVisit = (handler: AccountHandler) => async (c: Context) => {
    const request = loadVisit(c, gate);
    return request instanceof Response ? request : handler(request, c);
  };
  // A finished deep link's own page shows where things stand (the back button from the app lands there).
  const refuse = (request: PortalRequest, refusal: AccessRefusal, c: Context) =>
    refusal.done ? renderFlowStatusPage(request, refusal, c.req.method) : respondRefusal(request, refusal);
  const account = (task: PortalTask, handler: AccountHandler) =>
    withVisit((request, c) => {
      const access = checkAccess(request, task);
      return access.ok ? handler(request, c) : refuse(request, access.refusal, c);
    });
  const onSubscription = (task: PortalTask, handler: Handler) =>
    withVisit((request, c) => {
      const access = checkAccess(request, task, c.req.param('subscription') ?? '');
      return access.ok && access.subscription
        ? handler(request, access.subscription, c)
        : refuse(request, access.ok ? notFound : access.refusal, c);
    });
  const withForm = (c: Context, request: PortalRequest, next: (form: PortalForm) => Response) =>
    readForm(c.req.raw).then(next, (error: unknown) => {
      if (!(error instanceof FormError)) throw error;
      return respond(request, 'Form not accepted', html`<p>${error.message}</p>`, 400);
    });

  app.get('/p/session/:token', (c) => enterSession(c, gate));
  app.post('/p/session/:token/recover', (c) => recoverSession(c, gate));
  app.get(
    '/p/session/:token/home',
    withVisit((r) => (isNavigationOpen(r) ? renderHomePage(r) : respondRefusal(r, hidden))),
  );
  app.get(
    '/p/session/:token/done',
    withVisit((r) => (r.state.flowDone ? renderConfirmationPage(r) : respondRefusal(r, hidden))),
  );

  app.get(
    '/p/session/:token/payment-method',
    account('payment_method_update', (r) => renderPaymentMethodPage(r)),
  );
  app.post(
    '/p/session/:token/payment-method',
    account('payment_method_update', (r, c) => withForm(c, r, (f) => submitPaymentMethod(r, f))),
  );
  app.get(
    '/p/session/:token/customer',
    account('customer_update', (r) => renderCustomerPage(r)),
  );
  app.post(
    '/p/session/:token/customer',
    account('customer_update', (r, c) => withForm(c, r, (f) => submitCustomer(r, f))),
  );

  app.get(
    `${SUBSCRIPTION}/cancel`,
    onSubscription('subscription_cancel', (r, s) => renderCancelPage(r, s)),
  );
  app.post(
    `${SUBSCRIPTION}/cancel`,
    onSubscription('subscription_cancel', (r, s, c) => withForm(c, r, (f) => submitCancel(r, s, f))),
  );
  app.post(
    `${SUBSCRIPTION}/cancel/offer`,
    onSubscription('subscription_cancel', (r, s) => submitRetentionOffer(r, s)),
  );
  app.post(
    `${SUBSCRIPTION}/renew`,
    onSubscription('subscription_cancel', (r, s) => homepageOnly(r, () => submitHomepageAction(r, s, 'renew'))),
  );
  app.get(
    `${SUBSCRIPTION}/update`,
    onSubscription('subscription_update', (r, s, c) => renderUpdatePage(r, s, { selected: readQuery(c.req.url) })),
  );
  app.post(
    `${SUBSCRIPTION}/update`,
    onSubscription('subscription_update', (r, s, c) => withForm(c, r, (f) => submitUpdate(r, s, f))),
  );
  app.get(
    `${SUBSCRIPTION}/update/confirm`,
    onSubscription('subscription_update', (r, s, c) => renderUpdateFlowConfirmPage(r, s, readQuery(c.req.url))),
  );
  app.post(
    `${SUBSCRIPTION}/update/confirm`,
    onSubscription('subscription_update', (r, s, c) => withForm(c, r, (f) => submitUpdateFlowConfirm(r, s, f))),
  );
  app.get(
    `${SUBSCRIPTION}/update-confirm`,
    onSubscription('subscription_update_confirm', (r, s) => renderUpdateConfirmPage(r, s)),
  );
  app.post(
    `${SUBSCRIPTION}/update-confirm`,
    onSubscription('subscription_update_confirm', (r, s) => submitUpdateConfirm(r, s)),
  );
  app.get(
    `${SUBSCRIPTION}/pause`,
    onSubscription('subscription_pause', (r, s) => renderPausePage(r, s)),
  );
  app.post(
    `${SUBSCRIPTION}/pause`,
    onSubscription('subscription_pause', (r, s, c) => withForm(c, r, (f) => submitPause(r, s, f))),
  );
  app.post(
    `${SUBSCRIPTION}/resume`,
    onSubscription('subscription_pause', (r, s) => homepageOnly(r, () => submitHomepageAction(r, s, 'resume'))),
  );

  // Hono's default handler logs the request; this one logs only the error, never the session URL.
  app.onError((error) => {
    console.error('[stripe-emulator] portal page failed:', error instanceof Error ? error.message : error);
    const body = html`<p>The emulator could not show this page. Its log has the error.</p>`;
    return pageResponse(renderPage({ title: 'Something went wrong', businessName: gate.businessName, body }), 500);
  });
  return app;
}

const hidden = { status: 403, title: 'Not available', message: 'This page is not part of this portal link.' };
const notFound = { status: 404, title: 'Subscription not found', message: 'This subscription does not exist.' };

// Renew and resume are homepage buttons; a deep link to cancel or pause does not reach them.
function homepageOnly(request: PortalRequest, next: () => Response): Response {
  return isNavigationOpen(request) ? next() : respondRefusal(request, hidden);
}
