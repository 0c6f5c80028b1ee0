import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PreHydrationApp } from '../test/pre-hydration-app';

// Loading a page in a fresh frame can take a while on a busy machine; nothing here is timed.
const SLOW = { timeout: 15_000 };
const FIXTURE = new URL('../test/pre-hydration-fixture.tsx', import.meta.url).href;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/**
 * The server's HTML for the page in a frame, with its script loaded but React not yet running: the
 * window between first paint and hydration on a slow network. Each test posts under its own token.
 */
async function serverRenderedPage() {
  const token = crypto.randomUUID();
  const frame = document.createElement('iframe');
  frame.title = 'app';
  const html = renderToString(<PreHydrationApp token={token} />);
  frame.srcdoc = `<!doctype html><div id="root">${html}</div><script type="module" src="${FIXTURE}"></script>`;
  document.body.append(frame);
  frames.push(frame);
  await expect.poll(() => frame.contentWindow?.hydrate, SLOW).toBeTypeOf('function');
  const doc = () => frame.contentDocument!;
  const button = (name: string) => [...doc().querySelectorAll('button')].find((each) => each.textContent === name)!;
  const posted = () => doc().getElementById('post')?.textContent;
  return { token, frame, doc, button, posted };
}

describe('a billing button clicked before hydration, in Chromium', () => {
  it.each([
    {
      name: 'Cancel subscription',
      kind: 'portal',
      body: 'flow=subscription_cancel&subscription=sub_1&returnTo=%2Faccount',
    },
    { name: 'Subscribe', kind: 'checkout', body: 'plan=pro_monthly&quantity=2' },
  ])('posts $name as a plain form to the $kind endpoint, once', async ({ name, kind, body }) => {
    const { token, doc, button, posted } = await serverRenderedPage();
    button(name).click();

    await expect.poll(posted, SLOW).toBe(`POST /${token}/${kind} application/x-www-form-urlencoded ${body}`);
    expect(doc().getElementById('count')?.textContent).toBe('1');
  });

  it('takes the fetch path once React runs: one request, no form post', async () => {
    const { frame, button, posted } = await serverRenderedPage();
    const server = await frame.contentWindow!.hydrate!(crypto.randomUUID());
    // The same token would do; a fresh one shows the hydrated tree kept the server's form markup.
    button('Cancel subscription').click();

    const request = await server.next();
    expect(request.body).toEqual({ flow: 'subscription_cancel', subscription: 'sub_1', returnTo: '/account' });
    await expect.poll(() => button('Opening the billing portal…')?.getAttribute('data-state'), SLOW).toBe('pending');
    // One redirect at a time: the Checkout button is unavailable and ignores the click.
    expect(button('Subscribe').getAttribute('aria-disabled')).toBe('true');
    button('Subscribe').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
    expect(posted()).toBeUndefined();
  });
});
