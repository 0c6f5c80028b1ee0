import { createSecret } from '../ids';
import type { EmulatorClock } from '../clock';
import type { EmulatorStore } from './create-store';
import type { PortalSessionRecord } from './portal-session-record';

/**
 * How long a visit lasts after the first page load: the emulator's choice (no official figure: the
 * github.com/stripe/openapi `spec3` calls sessions only "short-lived"). Long enough to finish any
 * flow, short enough that an old tab stops working.
 *
 * @example
 * emulator.clock.advance(VISIT_TTL_SECONDS); // the open portal tab now shows the expired page
 */
export const VISIT_TTL_SECONDS = 60 * 60;

/** Why a session URL or visit did not open. */
export type SessionRefusal = 'used' | 'expired' | 'unknown';

/** The result of opening a session URL. */
export type ConsumeSessionResult =
  | { ok: true; record: PortalSessionRecord; visitToken: string }
  | { ok: false; reason: SessionRefusal; record?: PortalSessionRecord };

/** The result of resuming a visit. */
export type VisitResult =
  | { ok: true; record: PortalSessionRecord }
  | { ok: false; reason: Exclude<SessionRefusal, 'used'>; record?: PortalSessionRecord };

/**
 * Single-use, expiring access to portal sessions, for the hosted pages.
 *
 * @example
 * const opened = emulator.sessions.consumeSession(token); // { ok: false, reason: 'used' } the second time
 */
export interface PortalSessions {
  /**
   * Opens a session URL. The first call within `sessionTtlSeconds` of creation succeeds and starts a
   * visit; any later call answers `used`, and a first call after expiry answers `expired`. `record`
   * rides along on refusals so the expired page can offer the return link or recovery.
   */
  consumeSession(token: string): ConsumeSessionResult;
  /** Resumes the visit that `consumeSession` started, until it ends ({@link VISIT_TTL_SECONDS}). */
  getVisit(visitToken: string): VisitResult;
  /** The record for a URL token, without consuming it (for tests and diagnostics). */
  peek(token: string): PortalSessionRecord | undefined;
}

/**
 * Creates the session gatekeeper over the store's `portalSessions` table.
 *
 * @example
 * const result = sessions.consumeSession(token);
 * if (!result.ok) return renderExpiredPage(result.reason);
 * setCookie(result.visitToken);
 */
export function createPortalSessions(store: EmulatorStore, clock: EmulatorClock): PortalSessions {
  const visits = new Map<string, string>();
  return {
    consumeSession(token) {
      const record = store.portalSessions.get(token);
      if (!record) return { ok: false, reason: 'unknown' };
      if (record.consumedAt !== null) return { ok: false, reason: 'used', record };
      const now = clock.now();
      if (now >= record.expiresAt) return { ok: false, reason: 'expired', record };
      const visitToken = createSecret('visit_');
      record.consumedAt = now;
      record.visit = { token: visitToken, expiresAt: now + VISIT_TTL_SECONDS };
      visits.set(visitToken, token);
      return { ok: true, record, visitToken };
    },
    getVisit(visitToken) {
      const token = visits.get(visitToken);
      const record = token === undefined ? undefined : store.portalSessions.get(token);
      // A reset empties the store but not this index; the record check catches that.
      if (!record || record.visit?.token !== visitToken) return { ok: false, reason: 'unknown' };
      if (clock.now() >= record.visit.expiresAt) return { ok: false, reason: 'expired', record };
      return { ok: true, record };
    },
    peek: (token) => store.portalSessions.get(token),
  };
}
