// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRequire } from 'node:module';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../../server/src/testing/fake-stripe';
import { createTestHandler, formRequest, seedCustomers } from '../../server/src/testing/portal-test-kit';
import { ManageBillingForm } from './form';
import { BillingPortalProvider, ManageBillingButton } from './index';

// jsdom ships no types; only its constructor and `window.document` are used, to read the server's HTML.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

// Every browser global a component could reach for while rendering; reading one fails the test.
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'] as const;

function renderOnServer(ui: React.ReactElement): { html: string; touched: string[] } {
  const touched: string[] = [];
  const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => void touched.push(name),
    });
  }
  try {
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <BillingPortalProvider endpoint="/api/billing/portal">{ui}</BillingPortalProvider>
      </QueryClientProvider>,
    );
    return { html, touched };
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('server rendering', () => {
  it('notices a component that reads a browser global (the trap works)', () => {
    const ReadsWindow = () => <p>{typeof window}</p>;
    expect(renderOnServer(<ReadsWindow />).touched).toEqual(['window']);
  });

  it('renders the button without touching browser globals', () => {
    expect(typeof window).toBe('undefined');
    const { html, touched } = renderOnServer(<ManageBillingButton flow="payment_method_update" className="btn" />);
    expect(touched).toEqual([]);
    const button = parse(html).querySelector('button')!;
    expect(button.outerHTML).toBe('<button type="submit" class="btn" data-state="idle">Update payment method</button>');
    // Inside a form to the endpoint, so a click before hydration posts it (see the JavaScript-off tests below).
    const form = button.closest('form')!;
    expect([form.method, form.getAttribute('action'), form.getAttribute('style')]).toEqual([
      'post',
      '/api/billing/portal',
      'display:contents',
    ]);
    expect(form.innerHTML).toBe(`<input type="hidden" name="flow" value="payment_method_update">${button.outerHTML}`);
  });

  it('renders the asChild link and the form without touching browser globals', () => {
    const { html, touched } = renderOnServer(
      <>
        <ManageBillingButton asChild>
          <a href="/billing">Billing</a>
        </ManageBillingButton>
        <ManageBillingForm flow="subscription_cancel" subscription="sub_alice" />
      </>,
    );
    expect(touched).toEqual([]);
    expect(parse(html).querySelector('a')?.getAttribute('data-state')).toBe('idle');
    expect(parse(html).querySelector('form')).not.toBeNull();
  });
});

describe('the server-rendered form, with JavaScript off', () => {
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
    seedCustomers(fake);
  });
  afterAll(() => fake.close());

  // What the browser would post: the form's own fields, read from the HTML, sent to the real handler.
  async function submit(html: string): Promise<Response> {
    const form = parse(html).querySelector('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/api/billing/portal');
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
    const fields = [...form.querySelectorAll('input')].map((input) => [input.name, input.value]);
    const handler = createTestHandler(fake, { allowedPrices: ['price_pro'] });
    return handler(formRequest(new URLSearchParams(fields).toString()));
  }

  it('posts a subscription_update_confirm the handler accepts with a 303 to the portal', async () => {
    const { html } = renderOnServer(
      <ManageBillingForm
        flow="subscription_update_confirm"
        subscription="sub_alice"
        items={[{ id: 'si_alice', price: 'price_pro', quantity: 2 }]}
        returnTo="/account"
        locale="de"
      />,
    );
    const response = await submit(html);
    expect(response.status).toBe(303);
    expect(fake.sessionUrls).toContain(response.headers.get('location'));
    const params = fake.requestsTo('sessions').at(-1)!.body;
    expect(params).toMatchObject({
      customer: 'cus_alice',
      locale: 'de',
      flow_data: {
        type: 'subscription_update_confirm',
        subscription_update_confirm: {
          subscription: 'sub_alice',
          items: [{ id: 'si_alice', price: 'price_pro', quantity: '2' }],
        },
      },
    });
  });

  it('posts the portal homepage with no fields', async () => {
    const response = await submit(renderOnServer(<ManageBillingForm />).html);
    expect(response.status).toBe(303);
    expect(fake.requestsTo('sessions').at(-1)!.body).not.toHaveProperty('flow_data');
  });
});
