import { createServer } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import { afterEach, describe } from 'vitest';
import type { PortalHandler } from '../core/portal-handler-options';
import type { BodyCase } from '../testing/body-cases';
import { itKeepsTheBodyRules, type BodySetup } from '../testing/body-rules-contract';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { toExpressHandler } from './express';
import { keepRawBody, listen } from '../testing/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const PATH = '/api/billing/portal';

/** What a parser refused before the route ran (too deep, too many fields, bad JSON): its own 4xx. */
const answerParserErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
  const status = error.status !== undefined && error.status < 500 ? error.status : 500;
  res.status(status).json({ refusedBeforePortal: error.type ?? String(error) });
};

function behind(name: string, middleware: express.RequestHandler[], lossy?: RegExp): BodySetup {
  return {
    name,
    async serve(portal: PortalHandler) {
      const app = express();
      for (const m of middleware) app.use(m);
      app.all(PATH, toExpressHandler(portal));
      app.use(answerParserErrors);
      const server = await listen(createServer(app));
      closers.push(server.close);
      return `${server.url}${PATH}`;
    },
    // An empty body leaves no bytes to lose: only a non-empty one may be refused.
    ...(lossy && { mayRefuse: (body: BodyCase) => body.bytes.byteLength > 0, names: lossy }),
    answersFirst: middleware.length > 0,
  };
}

describe('toExpressHandler keeps the body rules of createPortalHandler, whatever parser ran first', () => {
  const fake = useFakeStripe();

  itKeepsTheBodyRules(fake, [
    behind('no parser', []),
    behind('express.json()', [express.json()], /express\.json\(\)/),
    behind('express.urlencoded()', [express.urlencoded({ extended: false })], /express\.urlencoded\(\)/),
    behind('express.urlencoded({ extended: true })', [express.urlencoded({ extended: true })], /express\.urlencoded\(/),
    behind(
      'express.json() and express.urlencoded({ extended: true })',
      [express.json(), express.urlencoded({ extended: true })],
      /express\.(json|urlencoded)\(/,
    ),
    behind('express.raw()', [express.raw()]),
    behind('express.raw() for every type', [express.raw({ type: () => true })]),
    behind('express.text()', [express.text()]),
    behind('express.text() for every type', [express.text({ type: () => true })], /express\.text\(\)/),
    behind('parsers that keep req.rawBody with verify', [
      express.json({ verify: keepRawBody }),
      express.urlencoded({ extended: true, verify: keepRawBody }),
    ]),
  ]);
});
