import type { BillingSnapshotSource } from '../src/billing-snapshot';
import { describeBillingChanges } from '../src/describe-billing-changes';
import type { ReturnNoticeData } from './page-data';
import type { PlanState } from './price-catalog';
import type { ReturnTripCookie } from './return-trip-cookie';
import type { DemoUser } from './stub-auth';

/**
 * How long after a return the page keeps checking for the webhook while nothing has changed: past
 * it, the customer most likely changed nothing, and the page says nothing.
 */
export const RETURN_WAIT_MS = 30_000;

export interface SettleReturnTripInput {
  trips: ReturnTripCookie;
  request: Request;
  /** The signed-in user, or null. */
  user: DemoUser | null;
  /** The signed-in customer's billing as the page shows it now (the projection); unused when signed out. */
  billing: BillingSnapshotSource | null;
  plans: readonly PlanState[];
}

/** What to show, and the `Set-Cookie` that forgets the trip once it has been said (null: keep it). */
export interface SettledReturnTrip {
  notice: ReturnNoticeData | null;
  setCookie: string | null;
}

/**
 * Decides what a page says about the browser's trip to Stripe, and whether this is the last time:
 * the trip is forgotten once its news is rendered, or when it belongs to another user, or when the
 * wait for a webhook is over with nothing changed, or at once when Stripe's answer on return showed
 * nothing changed. Only a trip that came back through a return
 * route counts, and only the projection says what changed.
 *
 * @example
 * const { notice, setCookie } = await settleReturnTrip({ trips, request, user, billing, plans });
 * if (setCookie) c.header('Set-Cookie', setCookie, { append: true });
 */
export async function settleReturnTrip(input: SettleReturnTripInput): Promise<SettledReturnTrip> {
  const { trips, request, user, billing, plans } = input;
  const trip = await trips.read(request);
  const keep = (notice: ReturnNoticeData | null): SettledReturnTrip => ({ notice, setCookie: null });
  const last = (notice: ReturnNoticeData | null): SettledReturnTrip => ({ notice, setCookie: trips.clear() });
  if (!trip || trip.returnedAt === null) return keep(null);
  // Kept for the sign-in: the same user sees it on their account page afterwards. Only a trip that
  // came back signed out says so: one whose customer signed out after coming back has nothing to add.
  if (!user || !billing) return keep(trip.via === 'portal' && trip.returnedSignedOut ? { kind: 'signed-out' } : null);
  if (trip.userId !== user.id) return last(null);
  if (trip.checkoutCanceled) return last({ kind: 'checkout-canceled' });

  const about = { kind: 'trip', leftAt: trip.leftAt, before: trip.before } as const;
  if (describeBillingChanges(trip.before, billing, plans).length > 0) return last({ ...about, waitMs: 0, pending: false });
  // Stripe itself said what the billing is now, and it matches what the page showed: nothing changed.
  if (trip.checkedWithStripe) return last(null);
  const waitMs = RETURN_WAIT_MS - (Date.now() - trip.returnedAt);
  return waitMs > 0 ? keep({ ...about, waitMs, pending: true }) : last(null);
}
