import type Stripe from 'stripe';
import type { SqlClient } from '../postgres/sql-client';
import { PROJECTED_EVENT_TYPES } from '../projection/change-of';

/*
 * What the webhook instances' handlers leave behind in the shared database, to count afterwards:
 * `handler_starts`, an append-only row each time a handler begins (with the process that ran it), and
 * `side_effects`, one row per event whose `runs` counts the side effects done for it. A handler killed
 * between the two leaves a start and no side effect; an event run twice shows `runs = 2`.
 */

/** `checkout.session.completed` has a side effect only; the projected types apply the projection first. */
export const SIDE_EFFECT_ONLY_TYPE = 'checkout.session.completed';

/**
 * Whether the instances run a handler (and so a side effect) for the event.
 *
 * @example
 * const handled = events.filter(hasHandler);
 */
export function hasHandler(event: Stripe.Event): boolean {
  return event.type === SIDE_EFFECT_ONLY_TYPE || (PROJECTED_EVENT_TYPES as string[]).includes(event.type);
}

export const SIDE_EFFECT_TABLES_SQL = `CREATE TABLE IF NOT EXISTS handler_starts (
  seq bigserial PRIMARY KEY, event_id text NOT NULL, pid integer NOT NULL);
CREATE TABLE IF NOT EXISTS side_effects (event_id text PRIMARY KEY, runs integer NOT NULL);`;

/**
 * Notes that a handler began work on `eventId` in this process.
 *
 * @example
 * await recordHandlerStart(pool, event.id);
 */
export async function recordHandlerStart(sql: SqlClient, eventId: string): Promise<void> {
  await sql.query('INSERT INTO handler_starts (event_id, pid) VALUES ($1, $2)', [eventId, process.pid]);
}

/**
 * The handler's side effect (what an app would do once per event: send an email, grant access):
 * counted, never deduplicated here, so a second run shows.
 *
 * @example
 * await recordSideEffect(pool, event.id);
 */
export async function recordSideEffect(sql: SqlClient, eventId: string): Promise<void> {
  await sql.query(
    'INSERT INTO side_effects (event_id, runs) VALUES ($1, 1) ON CONFLICT (event_id) DO UPDATE SET runs = side_effects.runs + 1',
    [eventId],
  );
}

/**
 * How often each event's side effect ran, and which processes started a handler for it.
 *
 * @example
 * const { runs, starts } = await readSideEffects(pool);
 * runs.get('evt_123'); // 1
 */
export async function readSideEffects(sql: SqlClient): Promise<{ runs: Map<string, number>; starts: Map<string, number[]> }> {
  const runs = new Map<string, number>();
  for (const row of (await sql.query<{ event_id: string; runs: number }>('SELECT event_id, runs FROM side_effects')).rows) {
    runs.set(row.event_id, Number(row.runs));
  }
  const starts = new Map<string, number[]>();
  const started = await sql.query<{ event_id: string; pid: number }>('SELECT event_id, pid FROM handler_starts ORDER BY seq');
  for (const row of started.rows) starts.set(row.event_id, [...(starts.get(row.event_id) ?? []), Number(row.pid)]);
  return { runs, starts };
}
