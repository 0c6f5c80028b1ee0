/*
 * The demo with DATABASE_URL: the same server on a real PostgreSQL server (node-postgres), migrated
 * at start, its projection fed by webhooks, and its rows on that server.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { describe, expect, it } from 'vitest';
import { usePostgres } from '../../../packages/server/src/testing/postgres-server';
import { useDemoServer } from './testing/demo-server';

const postgresUrl = usePostgres();
const server = useDemoServer({ database: () => ({ kind: 'postgres', url: postgresUrl() }) });

describe('the demo on PostgreSQL (DATABASE_URL)', () => {
  it('keeps the projection and the processed events on the server, and shows what the webhooks said', async () => {
    const { emulator } = server();
    const cookie = await server().signInAs(DEMO_IDS.customers.active);
    emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    await emulator.webhooks.waitForIdle();
    expect((await server().stateOf(cookie)).subscriptions[0]).toMatchObject({ cancelAtPeriodEnd: true });

    const { sql, describe: where } = server().database();
    expect(where).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\//);
    const events = await sql.query(`SELECT count(*)::int AS n FROM portalkit_webhook_events WHERE state = 'processed'`);
    expect(events.rows[0]?.n).toBeGreaterThan(0);
    const rows = await sql.query(`SELECT data FROM portalkit_billing_objects WHERE kind = 'subscription' AND id = $1`, [
      DEMO_IDS.subscriptions.active,
    ]);
    expect(rows.rows).toEqual([{ data: expect.objectContaining({ cancelAtPeriodEnd: true }) }]);
  });

  it('keeps them across a restart of the app', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.active);
    const { version: _before, ...before } = await server().stateOf(cookie);
    await server().restart();
    const { version: _after, ...after } = await server().stateOf(await server().signInAs(DEMO_IDS.customers.active));
    expect(after).toEqual(before);
  });
});
