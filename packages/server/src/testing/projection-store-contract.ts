import { describe, expect, it } from 'vitest';
import type { BillingProjectionStore, ProjectionWrite } from '../projection/projection-store';

const row = (overrides: Partial<ProjectionWrite> = {}): ProjectionWrite => ({
  kind: 'subscription',
  id: 'sub_contract',
  owner: 'cus_contract',
  account: null,
  version: 1_767_225_600,
  eventIds: ['evt_1'],
  data: { id: 'sub_contract', status: 'active', note: 'Zoë’s plan ✓', nested: { list: [1, 2] } },
  ...overrides,
});

/**
 * The rules every billing projection store keeps, for any store `makeStore` builds (a fresh, empty
 * one per test).
 *
 * @example
 * describeProjectionStoreContract('memory', async () => createMemoryProjectionStore());
 */
export function describeProjectionStoreContract(name: string, makeStore: () => Promise<BillingProjectionStore>): void {
  describe(`the ${name} billing projection store`, () => {
    it('knows no object it was never given', async () => {
      const store = await makeStore();
      expect(await store.read('subscription', 'sub_missing')).toBeUndefined();
      expect(await store.listFor('cus_contract')).toEqual([]);
    });

    it('gives back what it was given, with a revision', async () => {
      const store = await makeStore();
      expect(await store.write(row(), null)).toBe(true);
      const read = await store.read('subscription', 'sub_contract');
      expect(read).toEqual({ ...row(), revision: expect.any(Number) });
      expect(await store.listFor('cus_contract')).toEqual([read]);
    });

    it('keeps kinds apart: a customer and a subscription may share nothing but an owner', async () => {
      const store = await makeStore();
      await store.write(row(), null);
      await store.write(row({ kind: 'customer', id: 'cus_contract', data: { defaultPaymentMethod: null } }), null);
      expect((await store.read('customer', 'cus_contract'))?.data).toEqual({ defaultPaymentMethod: null });
      expect(await store.read('customer', 'sub_contract')).toBeUndefined();
      expect(await store.listFor('cus_contract')).toHaveLength(2);
    });

    it('inserts only where there is no row yet', async () => {
      const store = await makeStore();
      expect(await store.write(row(), null)).toBe(true);
      expect(await store.write(row({ version: 9 }), null)).toBe(false);
      expect((await store.read('subscription', 'sub_contract'))?.version).toBe(row().version);
    });

    it('updates only the revision it was told, and gives a greater one', async () => {
      const store = await makeStore();
      await store.write(row(), null);
      const first = (await store.read('subscription', 'sub_contract'))!;
      expect(await store.write(row({ eventIds: ['evt_1', 'evt_2'] }), first.revision)).toBe(true);
      const second = (await store.read('subscription', 'sub_contract'))!;
      expect(second.revision).toBeGreaterThan(first.revision);
      expect(second.eventIds).toEqual(['evt_1', 'evt_2']);
      expect(await store.write(row({ eventIds: ['evt_stale'] }), first.revision)).toBe(false);
      expect((await store.read('subscription', 'sub_contract'))?.eventIds).toEqual(['evt_1', 'evt_2']);
    });

    it('lets exactly one of many concurrent writers of one revision win', async () => {
      const store = await makeStore();
      await store.write(row(), null);
      const { revision } = (await store.read('subscription', 'sub_contract'))!;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) => store.write(row({ eventIds: [`evt_w${n}`] }), revision)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect((await store.read('subscription', 'sub_contract'))?.eventIds).toEqual([`evt_w${winner}`]);
    });

    it('lets exactly one of many concurrent first writers win', async () => {
      const store = await makeStore();
      const results = await Promise.all(Array.from({ length: 8 }, (_, n) => store.write(row({ eventIds: [`evt_i${n}`] }), null)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('gives later writes greater revisions, across rows', async () => {
      const store = await makeStore();
      await store.write(row({ id: 'sub_a' }), null);
      await store.write(row({ id: 'sub_b' }), null);
      const a = (await store.read('subscription', 'sub_a'))!;
      const b = (await store.read('subscription', 'sub_b'))!;
      expect(b.revision).toBeGreaterThan(a.revision);
    });

    it("lists a customer's rows by owner or by Accounts v2 account, and nobody else's", async () => {
      const store = await makeStore();
      await store.write(row({ id: 'sub_owned' }), null);
      await store.write(row({ id: 'sub_account', owner: 'cus_other', account: 'acct_contract' }), null);
      await store.write(row({ id: 'sub_other', owner: 'cus_other' }), null);
      const ids = async (customer: string) => (await store.listFor(customer)).map((found) => found.id).sort();
      expect(await ids('cus_contract')).toEqual(['sub_owned']);
      expect(await ids('acct_contract')).toEqual(['sub_account']);
      expect(await ids('cus_other')).toEqual(['sub_account', 'sub_other']);
    });

    it('does not share what it returns: changing a read row changes nothing stored', async () => {
      const store = await makeStore();
      await store.write(row(), null);
      const read = (await store.read('subscription', 'sub_contract'))!;
      read.eventIds.push('evt_mutated');
      (read.data as { status: string }).status = 'canceled';
      expect(await store.read('subscription', 'sub_contract')).toMatchObject({ eventIds: ['evt_1'], data: { status: 'active' } });
    });
  });
}
