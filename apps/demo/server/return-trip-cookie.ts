/*
 * The browser's memory of one trip to Stripe: who left, when, and what their account page showed
 * then (a compact snapshot), in a signed, httpOnly cookie. It holds the demo's user ID, never the
 * Stripe customer ID, and never a session URL. It proves nothing about Stripe: it is only what the
 * page compares the webhook-fed projection with, to say what changed.
 */
import { parseSigned, serialize, serializeSigned } from 'hono/utils/cookie';
import type { BillingSnapshot } from '../src/billing-snapshot';

/** The cookie's name. */
export const RETURN_TRIP_COOKIE = 'demo_return_trip';

/** A departure stays worth remembering this long: a trip abandoned for longer is forgotten. */
export const TRIP_LIFETIME_SECONDS = 60 * 60;

// A cookie over about 4 KB is dropped by browsers; a snapshot that large (dozens of subscriptions)
// is not kept at all, and the return simply says nothing.
const MAX_VALUE_LENGTH = 3_000;

/** One trip to the portal or Checkout. */
export interface ReturnTrip {
  /** The demo user who left (`demo-user-1`); another user signed in on return never sees the trip. */
  userId: string;
  via: 'portal' | 'checkout';
  /** Unix milliseconds at departure. */
  leftAt: number;
  /** Unix milliseconds when the browser came back through a return route; null until then. */
  returnedAt: number | null;
  /** Back through Checkout's cancel URL. */
  checkoutCanceled: boolean;
  /** Nobody was signed in on return (the session ended meanwhile): the sign-in page says the change is saved. */
  returnedSignedOut: boolean;
  /**
   * On return, the projection was brought up to date from Stripe's API: if it still shows nothing
   * new, nothing changed, and there is no webhook to wait for. False when Stripe did not answer in time.
   */
  checkedWithStripe: boolean;
  before: BillingSnapshot;
}

/** Reads and writes the trip cookie. */
export interface ReturnTripCookie {
  /** The request's trip, or null when there is none, it was tampered with, or it is too old. */
  read(request: Request): Promise<ReturnTrip | null>;
  /** A `Set-Cookie` value that stores `trip`, or null when it would be too large for a cookie. */
  write(trip: ReturnTrip): Promise<string | null>;
  /** A `Set-Cookie` value that forgets the trip. */
  clear(): string;
}

/**
 * The trip cookie, signed (HMAC-SHA256) with a key derived from the app's cookie secret, so a value
 * signed for the session cookie is never accepted here, nor the reverse.
 *
 * @example
 * const trips = createReturnTripCookie({ secret: cookieSecret, secure: false });
 * const trip = await trips.read(c.req.raw);
 */
export function createReturnTripCookie({ secret, secure }: { secret: string; secure: boolean }): ReturnTripCookie {
  const key = `${secret}:return-trip`;
  const options = { httpOnly: true, sameSite: 'Lax', secure, path: '/' } as const;
  return {
    async read(request) {
      const header = request.headers.get('cookie');
      if (!header) return null;
      const value = (await parseSigned(header, key, RETURN_TRIP_COOKIE))[RETURN_TRIP_COOKIE];
      const trip = typeof value === 'string' ? decode(value) : null;
      return trip && Date.now() - trip.leftAt < TRIP_LIFETIME_SECONDS * 1000 ? trip : null;
    },
    async write(trip) {
      const value = Buffer.from(JSON.stringify(trip)).toString('base64url');
      if (value.length > MAX_VALUE_LENGTH) return null;
      return serializeSigned(RETURN_TRIP_COOKIE, value, key, { ...options, maxAge: TRIP_LIFETIME_SECONDS });
    },
    clear: () => serialize(RETURN_TRIP_COOKIE, '', { ...options, maxAge: 0 }),
  };
}

// The signature vouches for the content; the shape is checked only as far as the code relies on it.
function decode(value: string): ReturnTrip | null {
  try {
    const trip = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as ReturnTrip;
    const fine =
      typeof trip.userId === 'string' &&
      typeof trip.leftAt === 'number' &&
      (trip.returnedAt === null || typeof trip.returnedAt === 'number') &&
      Array.isArray(trip.before?.subscriptions);
    return fine ? trip : null;
  } catch {
    return null;
  }
}
