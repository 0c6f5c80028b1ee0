import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStoreSubject } from './event-store-contract';

/*
 * The contract's limits for stores on a database server's real clock: the tests then wait for real, so
 * the lease is short, yet long against how late a call may arrive on a busy machine (the slack).
 */
export const REAL_CLOCK_SUBJECT = {
  limits: { leaseMs: 2000, ttlMs: 5000 },
  clockSlackMs: 900,
  concurrent: true,
  advanceTime: (ms: number) => sleep(ms),
} satisfies Partial<EventStoreSubject>;
