/**
 * One kind of object, by ID, in creation order. Reads hand out the stored objects themselves, so
 * treat them as read-only and change state through the emulator's actions, which also send the
 * webhooks Stripe would send.
 */
export interface Table<T extends { id: string }> {
  /** The object with this ID, or `undefined`. */
  get(id: string): T | undefined;
  has(id: string): boolean;
  /** Adds or replaces an object. */
  set(object: T): T;
  delete(id: string): boolean;
  /** Every object, newest first (the order of Stripe's list endpoints). */
  list(): T[];
  readonly size: number;
  clear(): void;
}

/**
 * Creates an empty {@link Table}.
 *
 * @example
 * const customers = createTable<Stripe.Customer>();
 * customers.set(buildCustomer({ email: 'ada@example.com' }, clock.now()));
 */
export function createTable<T extends { id: string }>(): Table<T> {
  const rows = new Map<string, T>();
  return {
    get: (id) => rows.get(id),
    has: (id) => rows.has(id),
    set(object) {
      rows.set(object.id, object);
      return object;
    },
    delete: (id) => rows.delete(id),
    // Newest `created` first, as Stripe lists; ties (and objects without `created`) newest-inserted first.
    list: () => [...rows.values()].reverse().sort((a, b) => createdOf(b) - createdOf(a)),
    get size() {
      return rows.size;
    },
    clear: () => rows.clear(),
  };
}

function createdOf(object: object): number {
  const created = (object as { created?: unknown }).created;
  return typeof created === 'number' ? created : 0;
}
