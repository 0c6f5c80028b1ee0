import { describe, expect, it } from 'vitest';
import { arrayOf, boolean, emptyable, integer, metadata, object, oneOf, string } from '../params/schema';
import { parseForm } from './parse-form';
import type { StripeApiError } from './stripe-error';
import { validateParams } from './validate-params';

const schema = object(
  {
    name: string(5),
    count: integer(),
    flag: boolean(),
    kind: oneOf(['a', 'b', 'c']),
    note: emptyable(string()),
    meta: metadata(),
    items: arrayOf(object({ id: string(), qty: integer() }, { required: ['id'] })),
    nested: object({ inner: object({ type: oneOf(['x', 'y']) }, { required: ['type'] }) }),
  },
  { unsupported: ['tax'] },
);

function errorFor(query: string): StripeApiError {
  try {
    validateParams(parseForm(query), schema);
  } catch (error) {
    return error as StripeApiError;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe('validateParams', () => {
  it('converts types, turns "" into null where emptyable, and indexed hashes into lists', () => {
    const params = validateParams(
      parseForm('name=ab&count=-3&flag=true&kind=b&note=&meta[k]=v&meta[gone]=&items[1][id]=b&items[0][id]=a&items[0][qty]=2'),
      schema,
    );
    expect(params).toEqual({
      name: 'ab',
      count: -3,
      flag: true,
      kind: 'b',
      note: null,
      meta: { k: 'v', gone: null },
      items: [{ id: 'a', qty: 2 }, { id: 'b' }],
    });
  });

  it('names unknown parameters, nested ones in bracket notation', () => {
    expect(errorFor('bogus=1')).toMatchObject({
      code: 'parameter_unknown',
      param: 'bogus',
      message: 'Received unknown parameter: bogus',
    });
    expect(errorFor('nested[inner][typo]=x&nested[inner][type]=x')).toMatchObject({
      code: 'parameter_unknown',
      param: 'nested[inner][typo]',
      message: 'Received unknown parameter: nested[inner][typo]',
    });
  });

  it('reports missing required params with their full path', () => {
    expect(errorFor('nested[inner][other]=1')).toMatchObject({ code: 'parameter_unknown' });
    expect(errorFor('items[0][qty]=1')).toMatchObject({
      code: 'parameter_missing',
      param: 'items[0][id]',
      message: 'Missing required param: items[0][id].',
    });
  });

  it('refuses empty strings where a value cannot be unset', () => {
    expect(errorFor('name=')).toMatchObject({ code: 'parameter_invalid_empty', param: 'name' });
    expect(errorFor('name=').message).toContain("You passed an empty string for 'name'");
  });

  it('refuses a bad integer, boolean, enum, too-long string', () => {
    expect(errorFor('count=1.5')).toMatchObject({
      code: 'parameter_invalid_integer',
      param: 'count',
      message: 'Invalid integer: 1.5',
    });
    expect(errorFor('flag=yes')).toMatchObject({ param: 'flag', message: 'Invalid boolean: yes' });
    expect(errorFor('kind=z')).toMatchObject({ param: 'kind', message: 'Invalid kind: must be one of a, b, or c' });
    expect(errorFor('name=abcdef')).toMatchObject({
      param: 'name',
      message: 'Invalid string: abcdef; must be at most 5 characters',
    });
  });

  it('refuses a hash where a string goes and a string where a hash or list goes', () => {
    expect(errorFor('name[x]=1').param).toBe('name');
    expect(errorFor('nested=1')).toMatchObject({ param: 'nested', message: 'Invalid hash' });
    expect(errorFor('items=1')).toMatchObject({ param: 'items', message: 'Invalid array' });
  });

  it('says plainly when a real Stripe parameter is not emulated', () => {
    expect(errorFor('tax=1').message).toMatch(/Stripe emulator does not support tax/);
  });

  it('marks every validation error as found before execution (never saved for idempotency)', () => {
    expect(errorFor('bogus=1').beforeExecution).toBe(true);
    expect(errorFor('count=x').beforeExecution).toBe(true);
  });

  it('limits metadata keys to 40 characters', () => {
    expect(errorFor(`meta[${'k'.repeat(41)}]=v`).param).toBe('meta');
  });
});
