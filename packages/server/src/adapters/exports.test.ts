import { expect, it } from 'vitest';
// Through the package's own `exports` map, so a wrong path there fails here too.
import * as express from '@portalkit/server/express';
import * as hono from '@portalkit/server/hono';
import * as node from '@portalkit/server/node';

// Each adapter is a subpath entry (`@portalkit/server/hono`, `/node`, `/express`). A change to one of
// these lists is a change to the public API: make it on purpose.
it('exports exactly the public API of @portalkit/server/hono', () => {
  expect(Object.keys(hono).sort()).toMatchInlineSnapshot(`
    [
      "toHonoHandler",
    ]
  `);
});

it('exports exactly the public API of @portalkit/server/node', () => {
  expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
    [
      "toNodeHandler",
    ]
  `);
});

it('exports exactly the public API of @portalkit/server/express', () => {
  expect(Object.keys(express).sort()).toMatchInlineSnapshot(`
    [
      "toExpressHandler",
    ]
  `);
});
