/** The built-in prototypes a pollution attack would write to. */
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };

/** Each own property of the built-in prototypes, by `Prototype.key`, with what it holds. */
export type PrototypeSnapshot = Map<string, readonly unknown[]>;

/**
 * Takes a {@link PrototypeSnapshot} now; {@link prototypeChanges} later says what changed since.
 *
 * @example
 * const before = prototypeSnapshot();
 * await run();
 * expect(prototypeChanges(before)).toEqual([]);
 */
export function prototypeSnapshot(): PrototypeSnapshot {
  const snapshot: PrototypeSnapshot = new Map();
  for (const [name, prototype] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(prototype)) {
      const { value, get, set, writable, enumerable, configurable } = Object.getOwnPropertyDescriptor(prototype, key)!;
      snapshot.set(`${name}.${String(key)}`, [value, get, set, writable, enumerable, configurable]);
    }
  }
  return snapshot;
}

/** The properties added, removed or replaced on a built-in prototype since `before`, by name. */
export function prototypeChanges(before: PrototypeSnapshot): string[] {
  const after = prototypeSnapshot();
  const changed: string[] = [];
  for (const [key, parts] of after) {
    const old = before.get(key);
    if (!old) changed.push(`added ${key}`);
    else if (parts.some((part, index) => !Object.is(part, old[index]))) changed.push(`replaced ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changed.push(`removed ${key}`);
  return changed;
}

/**
 * {@link prototypeChanges}, but looking only at how many properties each prototype has unless that
 * changed: cheap enough for every request of a long run, with the full comparison kept for its end.
 */
export function prototypeKeysChanged(before: PrototypeSnapshot): string[] {
  let keys = 0;
  for (const prototype of Object.values(PROTOTYPES)) keys += Reflect.ownKeys(prototype).length;
  return keys === before.size ? [] : prototypeChanges(before);
}
