/*
 * What a tab remembers across a trip to Stripe's hosted pages, so the billing state can tell a return
 * from an ordinary visit. Nothing here is trusted for billing: the server's state decides what the
 * customer has; this only decides when it is worth asking again. localStorage, not sessionStorage, so
 * a return in another tab (the portal opened in a new one) is seen by the tab that left as well.
 * Only a version number and a time are stored, never a session URL.
 */

const DEPARTURE_KEY = 'portalkit:billing-departure';
const SHOWN_VERSION_KEY = 'portalkit:billing-version';

/** A trip to Stripe: when the kit sent the customer there, and the billing version shown just before. */
export interface BillingDeparture {
  /** `Date.now()` when the kit navigated to the session URL. */
  at: number;
  /** The billing state version this browser last showed, or `null` when it showed none. */
  since: string | null;
}

/** A departure older than this is a trip abandoned long ago, not a return. */
export const DEPARTURE_LIFETIME_MS = 60 * 60 * 1000;

/** The storage key other tabs watch (`storage` events) to refetch when one tab saw a newer version. */
export const SHOWN_VERSION_STORAGE_KEY = SHOWN_VERSION_KEY;
/** The storage key other tabs watch to notice that a tab left for Stripe or came back. */
export const DEPARTURE_STORAGE_KEY = DEPARTURE_KEY;

/**
 * Notes that the kit is sending the customer to a Stripe session now. Called right before navigating.
 * @internal
 */
export function markDeparture(now = Date.now()): void {
  const departure: BillingDeparture = { at: now, since: readShownVersion() };
  write(DEPARTURE_KEY, JSON.stringify(departure));
}

/**
 * The pending departure, if the customer left for Stripe within {@link DEPARTURE_LIFETIME_MS}.
 * @internal
 */
export function readDeparture(now = Date.now()): BillingDeparture | null {
  try {
    const { at, since } = Object(JSON.parse(read(DEPARTURE_KEY) ?? 'null')) as Partial<BillingDeparture>;
    if (typeof at !== 'number' || now - at > DEPARTURE_LIFETIME_MS || now < at - 60_000) return null;
    return { at, since: typeof since === 'string' ? since : null };
  } catch {
    return null;
  }
}

/**
 * Forgets the departure that left at `at`, once its return has been settled. A newer departure (the
 * customer left again from another tab meanwhile) is kept.
 * @internal
 */
export function settleDeparture(at: number): void {
  if (readDeparture()?.at === at) remove(DEPARTURE_KEY);
}

/** @internal */
export function readShownVersion(): string | null {
  return read(SHOWN_VERSION_KEY);
}

/**
 * Remembers the version this browser now shows, so the next departure knows what to wait past, and
 * other tabs (watching `storage` events) know to refetch.
 * @internal
 */
export function rememberShownVersion(version: string): void {
  if (read(SHOWN_VERSION_KEY) !== version) write(SHOWN_VERSION_KEY, version);
}

// Storage can be missing (server rendering), blocked (privacy settings) or full: then a return is
// simply not recognised and the state is fetched as on any visit.
function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {}
}

function remove(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {}
}
