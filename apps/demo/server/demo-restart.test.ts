/*
 * The demo's state lives in its database, not in the process: a restart of the app (Stripe, here the
 * emulator, keeps running, as it does while a real app redeploys) on the same data folder starts with
 * what the webhooks said before, and a delivery it already handled is not handled again.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { describe, expect, it } from 'vitest';
import { useDemoServer } from './testing/demo-server';

const server = useDemoServer();

/** What only a webhook writes: the `created` second and IDs of the events applied to the row (a read from Stripe keeps them). */
async function eventMarks(subscriptionId: string) {
  const { rows } = await server()
    .database()
    .sql.query(`SELECT version, event_ids FROM portalkit_billing_objects WHERE kind = 'subscription' AND id = $1`, [
      subscriptionId,
    ]);
  return rows.map((row) => ({ version: Number(row.version), eventIds: row.event_ids }));
}

describe('a restart of the demo server on the same data folder', () => {
  it('starts with what the webhooks said before it', async () => {
    const { emulator } = server();
    const cookie = await server().signInAs(DEMO_IDS.customers.active);
    emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.active);
    await emulator.webhooks.waitForIdle();
    const { version: _before, ...before } = await server().stateOf(cookie);
    expect(before.subscriptions[0]).toMatchObject({ paused: true });
    const marks = await eventMarks(DEMO_IDS.subscriptions.active);
    expect(marks).toEqual([{ version: expect.any(Number), eventIds: [expect.stringMatching(/^evt_/)] }]);

    await server().restart();

    // Sign-ins live in the process (the stub auth), so sign in again.
    const { version: _after, ...after } = await server().stateOf(await server().signInAs(DEMO_IDS.customers.active));
    expect(after).toEqual(before);
    expect(await eventMarks(DEMO_IDS.subscriptions.active)).toEqual(marks);
  });

  it('answers a redelivery of an event handled before the restart as a duplicate, without running it again', async () => {
    const { emulator } = server();
    emulator.actions.resumeSubscription(DEMO_IDS.subscriptions.active);
    await emulator.webhooks.waitForIdle();
    const handled = emulator.webhooks.deliveries.at(-1)!;
    expect(handled.state).toBe('succeeded');

    await server().restart();
    const response = await server().redeliver(handled.eventId);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, duplicate: true });
  });
});
