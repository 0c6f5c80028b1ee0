import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalHandler } from '../core/portal-handler-options';
import { bodyOf, FORM_TYPE, type BodyCase } from '../testing/body-cases';
import { itKeepsTheBodyRules, type BodySetup } from '../testing/body-rules-contract';
import { createTestHandler, errorOf } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { toHonoHandler } from './hono';
import { listen, SAME_ORIGIN } from '../testing/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const PATH = '/api/billing/portal';

/** A middleware that reads the body before the portal, as a logging or audit step might, and ignores what fails. */
function reading(read: (c: Context) => Promise<unknown>): MiddlewareHandler {
  return async (c, next) => {
    await read(c).catch(() => undefined);
    await next();
  };
}

function behind(
  name: string,
  middleware: MiddlewareHandler | undefined,
  refuses?: { when: (body: BodyCase) => boolean; names: RegExp },
): BodySetup {
  return {
    name,
    async serve(portal: PortalHandler) {
      const app = new Hono();
      // A validator's own 400 for a body it cannot parse, told apart from the portal's answers.
      app.onError((error, c) =>
        error instanceof HTTPException
          ? c.json({ refusedBeforePortal: error.message }, error.status)
          : c.json({ unexpected: String(error) }, 500),
      );
      if (middleware) app.use(PATH, middleware);
      app.all(PATH, toHonoHandler(portal));
      const server = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server);
      closers.push(server.close);
      return `${server.url}${PATH}`;
    },
    ...(refuses && { mayRefuse: refuses.when, names: refuses.names }),
    answersFirst: name.startsWith('validator'),
  };
}

const chunked = (body: BodyCase) => body.chunked === true;
const TEXT_READER = { when: chunked, names: /c\.req\.json\(\) or c\.req\.text\(\)/ };

describe('toHonoHandler keeps the body rules of createPortalHandler, whatever read the body first', () => {
  const fake = useFakeStripe();

  itKeepsTheBodyRules(fake, [
    behind('no middleware', undefined),
    behind(
      'c.req.json()',
      reading((c) => c.req.json()),
      TEXT_READER,
    ),
    behind(
      'c.req.text()',
      reading((c) => c.req.text()),
      TEXT_READER,
    ),
    behind(
      'c.req.arrayBuffer()',
      reading((c) => c.req.arrayBuffer()),
    ),
    behind(
      'c.req.blob()',
      reading((c) => c.req.blob()),
    ),
    behind(
      'c.req.parseBody()',
      reading((c) => c.req.parseBody()),
    ),
    behind(
      'c.req.formData()',
      reading((c) => c.req.formData()),
      {
        // Only a urlencoded body parses as a form at all; any other is used up by the failed read.
        when: (body) => chunked(body) || body.contentType !== FORM_TYPE,
        names: /c\.req\.formData\(\)|Hono's body cache holds nothing/,
      },
    ),
    behind(
      "validator('json')",
      validator('json', (value) => value),
      TEXT_READER,
    ),
    behind(
      "validator('form')",
      validator('form', (value) => value),
    ),
  ]);
});

describe('toHonoHandler refuses a cached body it cannot vouch for, saying what to change', () => {
  const fake = useFakeStripe();

  async function answerBehind(middleware: MiddlewareHandler, body: BodyCase) {
    const url = await behind('', middleware).serve(createTestHandler(fake()));
    const headers = { ...SAME_ORIGIN, 'content-type': body.contentType, accept: 'application/json' };
    const response = await fetch(url, { method: 'POST', headers, body: bodyOf(body), duplex: 'half' } as RequestInit);
    return { status: response.status, ...(await errorOf(response)) };
  }

  it('decoded text without a Content-Length: its size cannot be shown', async () => {
    const body = {
      name: 'chunked',
      contentType: 'application/json',
      bytes: new TextEncoder().encode('{"flow":"customer_update"}'),
      chunked: true,
    };

    expect(
      await answerBehind(
        reading((c) => c.req.json()),
        body,
      ),
    ).toMatchObject({
      status: 500,
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(
        /c\.req\.json\(\) or c\.req\.text\(\).*without a Content-Length.*Read it with c\.req\.arrayBuffer\(\)/,
      ),
    });
  });

  it('a form that, written back, would be longer than the body sent (a bare %)', async () => {
    const body = {
      name: 'bare %',
      contentType: FORM_TYPE,
      bytes: new TextEncoder().encode('flow=customer_update&returnTo=/100%'),
    };

    expect(
      await answerBehind(
        reading((c) => c.req.formData()),
        body,
      ),
    ).toMatchObject({
      status: 500,
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(/c\.req\.formData\(\).*cannot be written back as it was sent/),
    });
    expect(fake().requests).toHaveLength(0);
  });
});
