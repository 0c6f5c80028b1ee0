import { describe, expect, test as vitestTest } from 'vitest';
import type { WebhookEventStore } from '../webhooks/event-store';

/** The limits the contract asks a store for; the factory must build a store that keeps them. */
export interface EventStoreLimits {
  /** How long a claim holds, in milliseconds. */
  leaseMs: number;
  /** How long a processed ID is remembered, at least, in milliseconds. */
  ttlMs: number;
  /** Most IDs kept, for a store that is bounded (see {@link EventStoreSubject.bounded}). */
  maxEntries: number;
}

/** A store under test: how to make one, and how to move its clock. */
export interface EventStoreSubject {
  /** A new, empty store honouring `limits`. */
  createStore(limits: EventStoreLimits): WebhookEventStore | Promise<WebhookEventStore>;
  /** Moves the store's clock forward by `ms` (a fake clock, or a real wait for a server's clock). */
  advanceTime(ms: number): void | Promise<void>;
  /** Whether the store keeps at most `maxEntries` IDs; then the eviction rules are checked too. */
  bounded?: boolean;
  /** The lease and memory the tests use. @defaultValue `{ leaseMs: 60_000, ttlMs: 3_600_000, maxEntries: 3 }` */
  limits?: Partial<EventStoreLimits>;
  /**
   * For a store on a server's real clock: how late, at most, a call may reach the server after a wait.
   * The tests keep this margin from each bound they check. @defaultValue `0` (a fake clock)
   */
  clockSlackMs?: number;
  /**
   * Two new stores on one fresh backing, as two processes of the app would open it, and how to kill the
   * first (end its connection without a word, as SIGKILL would). Without it both "processes" are one
   * store, which is all an in-process store can be.
   */
  createTwoProcesses?(limits: EventStoreLimits): Promise<TwoProcesses>;
  /**
   * Run the tests at the same time (each has its own store), so the waits of a store on a real clock
   * overlap. @defaultValue `false`
   */
  concurrent?: boolean;
}

/**
 * Two stores on one backing, from {@link EventStoreSubject.createTwoProcesses}.
 *
 * @example
 * const pair: TwoProcesses = { first, second, killFirst: () => firstPool.end() };
 */
export interface TwoProcesses {
  first: WebhookEventStore;
  second: WebhookEventStore;
  /** Ends the first store's connection abruptly; the second must carry on. */
  killFirst(): Promise<void>;
}

const A = 'owner-a';
const B = 'owner-b';
const C = 'owner-c';

/**
 * The rules of `WebhookEventStore` (see its JSDoc), as a suite to run against any store: the memory
 * store here, and a database-backed store wherever one is written. Each test makes a fresh store.
 *
 * @example
 * const clock = manualClock();
 * describeEventStoreContract('createMemoryEventStore', {
 *   createStore: (limits) => createMemoryEventStore({ ...limits, now: clock.now }),
 *   advanceTime: clock.advance,
 *   bounded: true,
 * });
 */
export function describeEventStoreContract(name: string, subject: EventStoreSubject): void {
  const limits: EventStoreLimits = { leaseMs: 60_000, ttlMs: 3_600_000, maxEntries: 3, ...subject.limits };
  const { leaseMs, ttlMs, maxEntries } = limits;
  const slack = subject.clockSlackMs ?? 0;
  // The memory test below steps past two leases and stays inside the memory of processed IDs.
  if (!(ttlMs > 2 * leaseMs + 1 + slack))
    throw new RangeError('describeEventStoreContract(): limits.ttlMs must be more than twice limits.leaseMs plus clockSlackMs.');
  if (!(slack < leaseMs / 2))
    throw new RangeError('describeEventStoreContract(): clockSlackMs must be less than half of limits.leaseMs.');
  const store = () => subject.createStore(limits);
  const advance = (ms: number) => subject.advanceTime(ms);
  const twoProcesses = async (): Promise<TwoProcesses> => {
    if (subject.createTwoProcesses) return subject.createTwoProcesses(limits);
    const only = await store();
    return { first: only, second: only, killFirst: async () => {} };
  };
  // A store on a real clock waits for real: give each test its waits on top of the usual time.
  const test = (title: string, body: () => Promise<void>) => vitestTest(title, body, 10_000 + ttlMs + 3 * leaseMs);

  const describeSuite = subject.concurrent ? describe.concurrent : describe;
  describeSuite(`${name}: the WebhookEventStore contract`, () => {
    test('a claim is exclusive until completed by its owner; then the ID stays processed', async () => {
      const events = await store();
      expect(await events.claim('evt_1', A)).toBe('claimed');
      expect(await events.claim('evt_1', B)).toBe('processing');
      await events.complete('evt_1', A);
      expect(await events.claim('evt_1', B)).toBe('processed');
      expect(await events.claim('evt_2', B)).toBe('claimed');
    });

    test('of many concurrent claims for one ID exactly one wins; other IDs are independent', async () => {
      const events = await store();
      const owners = Array.from({ length: 8 }, (_, index) => `owner-${index}`);
      const results = await Promise.all(owners.map((owner) => events.claim('evt_1', owner)));
      expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
      expect(results.filter((result) => result === 'processing')).toHaveLength(7);
      expect(await Promise.all(['evt_2', 'evt_3'].map((id) => events.claim(id, A)))).toEqual(['claimed', 'claimed']);
    });

    test('a released claim can be claimed again; releasing a processed ID changes nothing', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await events.release('evt_1', A);
      expect(await events.claim('evt_1', B)).toBe('claimed');
      await events.complete('evt_1', B);
      await events.release('evt_1', B);
      expect(await events.claim('evt_1', C)).toBe('processed');
    });

    test('a claim whose handler never settles lapses after the lease, and not before', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await advance(leaseMs / 2);
      expect(await events.claim('evt_1', B)).toBe('processing');
      await advance(leaseMs);
      expect(await events.claim('evt_1', B)).toBe('claimed');
    });

    test('only the owner releases a claim', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await events.release('evt_1', B);
      expect(await events.claim('evt_1', C)).toBe('processing');
      await events.release('evt_1', A);
      expect(await events.claim('evt_1', C)).toBe('claimed');
    });

    test('a delivery that outlived its lease cannot release the newer delivery’s claim', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await advance(leaseMs + 1 + slack);
      expect(await events.claim('evt_1', B)).toBe('claimed');
      // A's handler fails at last: giving back its claim must leave B's alone, or C would run the event too.
      await events.release('evt_1', A);
      expect(await events.claim('evt_1', C)).toBe('processing');
      await events.complete('evt_1', B);
      expect(await events.claim('evt_1', C)).toBe('processed');
    });

    test('only the owner completes a claim, and not after another delivery took it over', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await events.complete('evt_1', B);
      expect(await events.claim('evt_1', C)).toBe('processing');
      await advance(leaseMs + 1 + slack);
      expect(await events.claim('evt_1', B)).toBe('claimed');
      await events.complete('evt_1', A);
      expect(await events.claim('evt_1', C)).toBe('processing');
      // B fails: the event must run again, as A's late success was not B's to record.
      await events.release('evt_1', B);
      expect(await events.claim('evt_1', C)).toBe('claimed');
    });

    test('complete and release of an ID nobody claimed change nothing', async () => {
      const events = await store();
      await events.complete('evt_1', A);
      await events.release('evt_2', A);
      expect(await events.claim('evt_1', B)).toBe('claimed');
      expect(await events.claim('evt_2', B)).toBe('claimed');
    });

    test('a processed ID is remembered long after the lease, through the memory it was given', async () => {
      const events = await store();
      await events.claim('evt_1', A);
      await events.complete('evt_1', A);
      await advance(leaseMs * 2);
      expect(await events.claim('evt_1', B)).toBe('processed');
      await advance(ttlMs - leaseMs * 2 - 1 - slack);
      expect(await events.claim('evt_1', B)).toBe('processed');
    });

    test('a process killed mid-handler holds its event until the lease ends; then another process runs it', async () => {
      const { first, second, killFirst } = await twoProcesses();
      expect(await first.claim('evt_done', A)).toBe('claimed');
      await first.complete('evt_done', A);
      expect(await first.claim('evt_1', A)).toBe('claimed');
      await killFirst(); // A's handler never settles: no complete, no release
      expect(await second.claim('evt_1', B)).toBe('processing');
      expect(await second.claim('evt_done', B)).toBe('processed');
      await advance(leaseMs + 1 + slack);
      expect(await second.claim('evt_1', B)).toBe('claimed');
      await second.complete('evt_1', B);
      expect(await second.claim('evt_1', C)).toBe('processed');
      expect(await second.claim('evt_done', C)).toBe('processed');
    });

    test('two processes racing for the same events run each one exactly once', async () => {
      const { first, second } = await twoProcesses();
      // A bounded store holds only maxEntries running claims at once.
      const ids = Array.from({ length: subject.bounded ? maxEntries : 12 }, (_, index) => `evt_race_${index}`);
      // Every event is delivered three times to each process at once, as Stripe's duplicates can be.
      const deliveries = ids.flatMap((id) =>
        [first, second].flatMap((events, process) =>
          [0, 1, 2].map((copy) => ({ id, events, owner: `owner-${id}-${process}-${copy}` })),
        ),
      );
      const results = await Promise.all(deliveries.map(({ id, events, owner }) => events.claim(id, owner)));
      const winners = deliveries.filter((_, index) => results[index] === 'claimed');
      expect(winners.map(({ id }) => id).sort()).toEqual([...ids].sort());
      expect(results.filter((result) => result !== 'claimed').every((result) => result === 'processing')).toBe(true);
      await Promise.all(winners.map(({ id, events, owner }) => events.complete(id, owner)));
      const again = await Promise.all(deliveries.map(({ id, events }) => events.claim(id, C)));
      expect(again.every((result) => result === 'processed')).toBe(true);
    });

    if (subject.bounded) {
      describe(`holding at most maxEntries (${maxEntries}) IDs`, () => {
        test('forgets processed IDs oldest first to make room', async () => {
          const events = await store();
          const ids = Array.from({ length: maxEntries + 1 }, (_, index) => `evt_${index}`);
          for (const id of ids) {
            await events.claim(id, A);
            await events.complete(id, A);
          }
          for (const id of ids.slice(1)) expect(await events.claim(id, B)).toBe('processed');
          // The first was forgotten to make room for the last, so it can be claimed again.
          expect(await events.claim(ids[0] as string, B)).toBe('claimed');
        });

        test('never drops a running claim to make room: a new claim is refused instead', async () => {
          const events = await store();
          await events.claim('evt_done', A);
          await events.complete('evt_done', A);
          const running = Array.from({ length: maxEntries }, (_, index) => `evt_running_${index}`);
          // The last of these needs the processed ID's room; after it, every ID kept is a running claim.
          for (const id of running) expect(await events.claim(id, A)).toBe('claimed');
          await expect(events.claim('evt_new', B)).rejects.toThrow();
          for (const id of running) expect(await events.claim(id, B)).toBe('processing');
          // Once one finishes there is room again.
          await events.complete(running[0] as string, A);
          expect(await events.claim('evt_new', B)).toBe('claimed');
        });

        test('lapsed claims make room like processed IDs', async () => {
          const events = await store();
          for (let index = 0; index < maxEntries; index += 1) await events.claim(`evt_${index}`, A);
          await advance(leaseMs + 1);
          expect(await events.claim('evt_new', B)).toBe('claimed');
        });
      });
    }
  });
}
