import type { Context } from 'hono';
import type { EmulatorContext } from '../context';
import type { PortalSessionRecord } from '../store/portal-session-record';
import type { SessionRefusal } from '../store/portal-sessions';
import { flowSubscriptionId } from './access';
import { maskEmail, renderExpiredPage, renderRecoveryPage } from './pages/expired-page';
import { sessionBase, summarizeSession, type PortalRequest, type VisitState } from './portal-request';
import { seeOther } from './respond';
import { readVisitCookie, visitCookie } from './visit-cookie';

/** What the gate needs: the emulator, the page settings, and where visit state lives. */
export interface GateOptions {
  emulator: EmulatorContext;
  businessName: string;
  /** Per-session page state; weakly keyed, so a reset of the store lets it go. */
  states: WeakMap<PortalSessionRecord, VisitState>;
}

/**
 * `GET /p/session/:token`: opens the session once. The first visit starts a visit (a cookie scoped
 * to this session's pages) and redirects to the first page; the redirect keeps the single-use URL
 * out of the address bar, so reloading a page does not hit it again. Every later request for the
 * URL itself, from any browser, gets the expired page.
 */
export function enterSession(c: Context, gate: GateOptions): Response {
  // Hono answers HEAD with the GET route; a HEAD (link checkers, previewers) must not use the URL up.
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: { 'cache-control': 'no-store' } });
  const token = c.req.param('token') ?? '';
  const result = gate.emulator.sessions.consumeSession(token);
  if (!result.ok) return expiredResponse(c, gate, result.reason, result.record);
  const base = sessionBase(c, token);
  return seeOther(firstPage(result.record, base), { 'set-cookie': visitCookie(result.visitToken, base, c.req.url) });
}

/**
 * Resumes the visit behind a page request from its cookie, or answers with the expired page. The
 * cookie must belong to this URL's session (its path makes browsers send it only here; this check
 * covers clients that ignore paths).
 */
export function loadVisit(c: Context, gate: GateOptions): PortalRequest | Response {
  const token = c.req.param('token') ?? '';
  const visitToken = readVisitCookie(c);
  const record = gate.emulator.sessions.peek(token);
  if (!visitToken) return expiredResponse(c, gate, record?.consumedAt != null ? 'used' : 'unknown', record);
  const visit = gate.emulator.sessions.getVisit(visitToken);
  if (!visit.ok || visit.record.id !== token) return expiredResponse(c, gate, visit.ok ? 'unknown' : visit.reason, record);
  const summary = summarizeSession(gate.emulator, visit.record);
  // A customer or configuration deleted after the session was created ends the visit too.
  if (!summary.customer || !summary.configuration) return expiredResponse(c, gate, 'unknown', undefined);
  // Page state starts with the first page request of the visit (a record opens only once).
  let state = gate.states.get(visit.record);
  if (!state) {
    state = { flowDone: false, notice: null, outcome: null };
    gate.states.set(visit.record, state);
  }
  return {
    emulator: gate.emulator,
    record: visit.record,
    session: visit.record.session,
    flow: visit.record.session.flow ?? null,
    customer: summary.customer,
    configuration: summary.configuration,
    businessName: gate.businessName,
    returnUrl: summary.returnUrl,
    base: sessionBase(c, token),
    state,
  };
}

/** `POST /p/session/:token/recover`: the pretend "email me a new link" of `after_expiration`. */
export function recoverSession(c: Context, gate: GateOptions): Response {
  const token = c.req.param('token') ?? '';
  const record = gate.emulator.sessions.peek(token);
  const now = gate.emulator.clock.now();
  const closed = record && (record.consumedAt !== null || now >= record.expiresAt);
  if (!record || !closed || !canRecover(record, now)) {
    return expiredResponse(c, gate, !record ? 'unknown' : record.consumedAt !== null ? 'used' : 'expired', record);
  }
  const { customer, returnUrl } = summarizeSession(gate.emulator, record);
  return renderRecoveryPage({ businessName: gate.businessName, maskedEmail: maskEmail(customer?.email ?? null), returnUrl });
}

function expiredResponse(
  c: Context,
  gate: GateOptions,
  reason: SessionRefusal,
  record: PortalSessionRecord | undefined,
): Response {
  const recoverable = record && reason !== 'unknown' && canRecover(record, gate.emulator.clock.now());
  return renderExpiredPage({
    reason,
    businessName: gate.businessName,
    returnUrl: record ? summarizeSession(gate.emulator, record).returnUrl : null,
    recoveryAction: recoverable ? `${sessionBase(c, c.req.param('token') ?? '')}/recover` : null,
  });
}

// `after_expiration.customer_login` (API 2026-10-28): recovery until `expires_at`, or with no deadline.
function canRecover(record: PortalSessionRecord, now: number): boolean {
  const after = record.session.after_expiration;
  if (after?.type !== 'customer_login') return false;
  const deadline = after.customer_login?.expires_at ?? null;
  return deadline === null || now < deadline;
}

function firstPage(record: PortalSessionRecord, base: string): string {
  const flow = record.session.flow;
  if (!flow) return `${base}/home`;
  const subscription = `${base}/subscriptions/${encodeURIComponent(flowSubscriptionId(flow) ?? '')}`;
  switch (flow.type) {
    case 'payment_method_update':
      return `${base}/payment-method`;
    case 'customer_update':
      return `${base}/customer`;
    case 'subscription_cancel':
      return `${subscription}/cancel`;
    case 'subscription_update':
      return `${subscription}/update`;
    case 'subscription_update_confirm':
      return `${subscription}/update-confirm`;
    case 'subscription_pause':
      return `${subscription}/pause`;
    default:
      return `${base}/home`;
  }
}
