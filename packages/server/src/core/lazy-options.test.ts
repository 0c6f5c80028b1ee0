import { describe, expect, it, vi } from 'vitest';
import { deferOptions, describeValue } from './lazy-options';

const check = (options: { ok: boolean }) => {
  if (!options.ok) throw new TypeError('factory(): not ok');
  return { checked: true };
};

describe('deferOptions: options given as an object', () => {
  it('checks them at once, so a wrong setup still fails when the app starts', () => {
    expect(() => deferOptions('factory', { ok: false }, check)).toThrow('factory(): not ok');
    expect(deferOptions('factory', { ok: true }, check).current()).toEqual({ checked: true });
  });
});

describe('deferOptions: options given as a function', () => {
  it('runs nothing until the first load, then keeps the result', async () => {
    const source = vi.fn(() => ({ ok: true }));
    const deferred = deferOptions('factory', source, check);
    expect(source).not.toHaveBeenCalled();
    expect(deferred.current()).toBeUndefined();

    const [first, second] = await Promise.all([deferred.load(), deferred.load()]);
    expect(first).toEqual({ checked: true });
    expect(second).toBe(first);
    expect(deferred.current()).toBe(first);
    await deferred.load();
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('accepts a function that returns a promise, e.g. a secret read from a store', async () => {
    const deferred = deferOptions('factory', async () => ({ ok: true }), check);
    await expect(deferred.load()).resolves.toEqual({ checked: true });
  });

  it("rejects with the check's error, keeps nothing, and tries again on the next load", async () => {
    let env: { ok: boolean } = { ok: false };
    const source = vi.fn(() => env);
    const deferred = deferOptions('factory', source, check);

    await expect(deferred.load()).rejects.toThrow('factory(): not ok');
    expect(deferred.current()).toBeUndefined();
    env = { ok: true };
    await expect(deferred.load()).resolves.toEqual({ checked: true });
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('names the factory when the function itself throws, e.g. new Stripe(undefined)', async () => {
    const cause = new Error('Neither apiKey nor config.authenticator provided');
    const deferred = deferOptions(
      'factory',
      () => {
        throw cause;
      },
      check,
    );
    const error = await deferred.load().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: `factory(): the options function threw: ${cause.message}`, cause });
  });
});

describe('describeValue', () => {
  it.each([
    ['undefined/account', '"undefined/account"'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, '42'],
    [{ href: 'x' }, '{"href":"x"}'],
  ])('shows %o as %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('clips long values, so a setup error stays one readable line', () => {
    const shown = describeValue('x'.repeat(500));
    expect(shown).toHaveLength(80);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('copes with values JSON cannot show', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object]');
    expect(describeValue(10n)).toBe('[object BigInt]');
  });
});
