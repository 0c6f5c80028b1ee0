import type { BillingProjectionStore, ProjectedKind, ProjectionRow } from './projection-store';

/**
 * A billing projection store in this process's memory: for tests, demos and single-process apps.
 * It forgets everything on restart, and two processes each keep their own; use the PostgreSQL store
 * (`@portalkit/server/postgres`) when that matters.
 *
 * @example
 * const projection = createBillingProjection({ stripe, store: createMemoryProjectionStore() });
 */
export function createMemoryProjectionStore(): BillingProjectionStore {
  const rows = new Map<string, ProjectionRow>();
  let revision = 0;
  const key = (kind: ProjectedKind, id: string) => `${kind}:${id}`;
  // Copies in and out, so a caller that changes what it got cannot change the store (as with a database).
  const copy = (row: ProjectionRow): ProjectionRow => structuredClone(row);

  return {
    async read(kind, id) {
      const row = rows.get(key(kind, id));
      return row && copy(row);
    },
    async write(row, expected) {
      const current = rows.get(key(row.kind, row.id));
      if ((current?.revision ?? null) !== expected) return false;
      revision += 1;
      rows.set(key(row.kind, row.id), copy({ ...row, revision }));
      return true;
    },
    async listFor(customer) {
      return [...rows.values()].filter((row) => row.owner === customer || row.account === customer).map(copy);
    },
  };
}
