import { expect, it } from 'vitest';
import * as entry from './index';

// An accidental addition or removal of a public export shows up here.
it('exports exactly these runtime names', () => {
  expect(Object.keys(entry).sort()).toEqual([
    'API_VERSION',
    'DEMO_IDS',
    'StripeApiError',
    'VISIT_TTL_SECONDS',
    'addInterval',
    'createStripeEmulator',
    'demoSeed',
    'isStripeApiError',
    'signPayload',
  ]);
});
