import type { Context } from 'hono';
import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import type { PortalSessionRecord } from '../store/portal-session-record';

/** What the pages remember about one visit, beside the session record (which the store owns). */
export interface VisitState {
  /** The deep-linked flow was completed; its page no longer opens. */
  flowDone: boolean;
  /** A one-time message for the next homepage or confirmation page ("Subscription canceled."). */
  notice: string | null;
  /** What the completed deep-linked task did, kept for the page a browser's back button reopens. */
  outcome: string | null;
}

/** Everything a page needs about the session behind the current request. */
export interface PortalRequest {
  readonly emulator: EmulatorContext;
  readonly record: PortalSessionRecord;
  readonly session: Stripe.BillingPortal.Session;
  /** The deep link, or null for a homepage session. */
  readonly flow: Stripe.BillingPortal.Session.Flow | null;
  readonly customer: Stripe.Customer;
  readonly configuration: Stripe.BillingPortal.Configuration;
  readonly businessName: string;
  /** The session's `return_url`, else the configuration's `default_return_url`. */
  readonly returnUrl: string | null;
  /** The path of the session URL, `/p/session/<token>` (behind any mount prefix); page links start here. */
  readonly base: string;
  readonly state: VisitState;
}

/** What describes a session before any visit: enough for the expired page. */
export interface SessionSummary {
  configuration: Stripe.BillingPortal.Configuration | undefined;
  customer: Stripe.Customer | undefined;
  returnUrl: string | null;
}

/** Looks up the configuration, customer and return link of a session record. */
export function summarizeSession(emulator: EmulatorContext, record: PortalSessionRecord): SessionSummary {
  const { session } = record;
  const configurationId = typeof session.configuration === 'string' ? session.configuration : session.configuration.id;
  const configuration = emulator.store.portalConfigurations.get(configurationId);
  const customer = emulator.store.customers.get(session.customer);
  return { configuration, customer, returnUrl: session.return_url ?? configuration?.default_return_url ?? null };
}

/**
 * The path of the session URL for this request, e.g. `/p/session/test_abc` for
 * `/p/session/test_abc/home`. Derived from the request so the pages also work when mounted under
 * a prefix.
 */
export function sessionBase(c: Context, token: string): string {
  const path = c.req.path;
  const marker = `/p/session/${token}`;
  const at = path.indexOf(marker);
  return `${at > 0 ? path.slice(0, at) : ''}/p/session/${encodeURIComponent(token)}`;
}

/** The name to greet the customer by. */
export function customerLabel(customer: Stripe.Customer): string {
  return customer.name || customer.email || customer.id;
}
