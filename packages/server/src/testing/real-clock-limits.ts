import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStoreSubject } from './event-store-contract';

/*
 * The contract's limits for stores on a database server's real clock: the tests then wait for real, so
 * the lease is short, yet long against how late a call may arrive on a busy machine (the slack), and
 * against the time between two calls of one test (a claim and its complete must fall in one lease):
 * with the contract's tests at once, on CI's two cores shared with every other project, a second between
 * two calls happens.
 *
 * @example
 * describeEventStoreContract('createRedisEventStore', { ...REAL_CLOCK_SUBJECT, createStore: (limits) => ... });
 */
export const REAL_CLOCK_SUBJECT = {
  limits: { leaseMs: 3000, ttlMs: 7500 },
  clockSlackMs: 1400,
  concurrent: true,
  advanceTime: (ms: number) => sleep(ms),
} satisfies Partial<EventStoreSubject>;
