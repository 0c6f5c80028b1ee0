import { inspect } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSafeLogger, isLoggerOption } from './safe-logger';

const TOKEN = 'test_YWNjdF8xUGdhZm1CN1daMDF6Z2tXLF9RWGhWbkMyaDBKY3p3YzFxVm5ZZDRtQ0JRbHFFbUV00100';
const STRIPE_URL = `https://billing.stripe.com/p/session/${TOKEN}`;
const EMULATOR_URL = `http://127.0.0.1:12111/p/session/${TOKEN}`;

function recording() {
  return { error: vi.fn(), warn: vi.fn() };
}

/** All a logger got, as the text a log file would hold. */
const written = (logger: ReturnType<typeof recording>) =>
  [...logger.error.mock.calls, ...logger.warn.mock.calls].map((call) => inspect(call, { depth: 12 })).join('\n');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSafeLogger', () => {
  test('prefixes every line with portalkit: and passes the context on', () => {
    const logger = recording();
    const safe = createSafeLogger(logger);
    safe.warn('refused a request.', { origin: 'https://evil.example' });
    safe.error('a call failed.');
    expect(logger.warn).toHaveBeenCalledWith('portalkit: refused a request.', { origin: 'https://evil.example' });
    expect(logger.error).toHaveBeenCalledWith('portalkit: a call failed.');
  });

  test.each([STRIPE_URL, EMULATOR_URL])('leaves nothing of the token of %s, wherever it hides', (url) => {
    const logger = recording();
    const failure = new Error(`lookup failed after visiting ${url}`, { cause: new Error(`because of ${url}`) });
    Object.assign(failure, { raw: { message: `see ${url}` } });
    createSafeLogger(logger).error(`visited ${url}.`, {
      url,
      list: [`"${url}"`, { deeper: { still: `<${url}>` } }],
      error: failure,
    });
    const text = written(logger);
    expect(text).toContain("'portalkit: visited [redacted session URL]'");
    expect(text).toContain('lookup failed after visiting [redacted session URL]');
    expect(text).toContain('because of [redacted session URL]');
    // Any eight characters of the token would be a leak; the positive checks above prove the capture works.
    for (let index = 0; index + 8 <= TOKEN.length; index += 1) expect(text).not.toContain(TOKEN.slice(index, index + 8));
  });

  test('an error stays an Error, with its name, stack and own fields', () => {
    const logger = recording();
    const failure = Object.assign(new TypeError('bad input'), { code: 'E_BAD', statusCode: 400 });
    createSafeLogger(logger).error('failed.', { error: failure });
    const logged = (logger.error.mock.calls[0]![1] as { error: Error & { code: string } }).error;
    expect(logged).toBeInstanceOf(Error);
    expect(logged).not.toBe(failure);
    expect(logged).toMatchObject({ name: 'TypeError', message: 'bad input', code: 'E_BAD', statusCode: 400 });
    expect(logged.stack).toBe(failure.stack);
  });

  test('context nested deeper than any the kit builds is not passed on unscrubbed', () => {
    const logger = recording();
    createSafeLogger(logger).error('deep.', { a: { b: { c: { d: { e: { f: STRIPE_URL } } } } } });
    expect(written(logger)).not.toContain(TOKEN);
    expect(written(logger)).toContain('[nested too deep to log]');
  });

  test('context nested as deep as the limit is passed on whole', () => {
    const logger = recording();
    const context = { a: { b: { c: { d: { e: 'kept' } } } } };
    createSafeLogger(logger).error('deep.', context);
    expect(logger.error).toHaveBeenCalledWith('portalkit: deep.', context);
  });

  test('values that are not text or objects are passed on as they are', () => {
    const logger = recording();
    const context = { none: null, missing: undefined, count: 3, ok: false, list: [null, 1, true] };
    createSafeLogger(logger).warn('values.', context);
    expect(logger.warn).toHaveBeenCalledWith('portalkit: values.', context);
  });

  test.each([
    [
      'an error that is its own cause',
      () => {
        const error = new Error('loop');
        error.cause = error;
        return error;
      },
    ],
    [
      'an error with a field pointing back at it',
      () => {
        const error = new Error('loop') as Error & { self?: unknown };
        error.self = error;
        return error;
      },
    ],
    [
      'an array holding itself',
      () => {
        const list: unknown[] = ['item'];
        list.push(list);
        return list;
      },
    ],
    [
      'an object holding itself',
      () => {
        const object: Record<string, unknown> = { name: 'node' };
        object.self = object;
        return object;
      },
    ],
  ])('logs %s, cut where it gets too deep', (_case, circular) => {
    const logger = recording();
    createSafeLogger(logger).error('circular.', { value: circular() });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(written(logger)).toContain('[nested too deep to log]');
  });

  test('an error whose stack is not text is logged without it, not passed on unscrubbed', () => {
    const logger = recording();
    const failure = Object.assign(new Error('odd'), { stack: { frames: [STRIPE_URL] } });
    createSafeLogger(logger).error('failed.', { error: failure });
    const logged = (logger.error.mock.calls[0]![1] as { error: Error }).error;
    expect(logged.stack).toBeUndefined();
    expect(written(logger)).not.toContain(TOKEN);
  });

  test('an error without a cause is logged without one (no "[cause]: undefined" in the console)', () => {
    const logger = recording();
    createSafeLogger(logger).error('failed.', { error: new Error('plain') });
    const logged = (logger.error.mock.calls[0]![1] as { error: Error }).error;
    expect(Object.hasOwn(logged, 'cause')).toBe(false);
  });

  test('warnings go to warn() and errors to error() when the logger has both', () => {
    const logger = recording();
    const safe = createSafeLogger(logger);
    safe.warn('refused.');
    safe.error('failed.');
    expect(logger.warn.mock.calls).toEqual([['portalkit: refused.']]);
    expect(logger.error.mock.calls).toEqual([['portalkit: failed.']]);
  });

  test('warnings go to error() when the logger has no warn()', () => {
    const error = vi.fn();
    createSafeLogger({ error }).warn('refused.');
    expect(error).toHaveBeenCalledWith('portalkit: refused.');
  });

  test('a logger that throws is ignored', () => {
    const explode = () => {
      throw new Error('log sink down');
    };
    const safe = createSafeLogger({ error: explode, warn: explode });
    expect(() => safe.error('x', { y: 1 })).not.toThrow();
    expect(() => safe.warn('x')).not.toThrow();
  });

  test('by default writes warnings to console.warn and errors to console.error, scrubbed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const safe = createSafeLogger(undefined);
    safe.warn('refused a cross-site request.', { origin: 'http://localhost:5173' });
    safe.error(`failed at ${STRIPE_URL}`);
    expect(warn).toHaveBeenCalledWith('portalkit: refused a cross-site request.', { origin: 'http://localhost:5173' });
    expect(error).toHaveBeenCalledWith('portalkit: failed at [redacted session URL]');
  });

  test('logger: false writes nothing, to the console or anywhere', () => {
    const spies = (['warn', 'error', 'log', 'info', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    const safe = createSafeLogger(false);
    safe.warn('refused.');
    safe.error('failed.', { error: new Error('x') });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('isLoggerOption', () => {
  test.each([
    ['console', console, true],
    ['an object with error()', { error: () => undefined }, true],
    ['false', false, true],
    ['undefined', undefined, true],
    ['null', null, false],
    ['true', true, false],
    ['an object without error()', { warn: () => undefined }, false],
    ['an object whose error is not a function', { error: 'x' }, false],
  ])('takes %s as a logger option: %s', (_case, value, expected) => {
    expect(isLoggerOption(value)).toBe(expected);
  });
});
