import { expect, waitFor } from 'storybook/test';
import type { PortalStoryArgs } from './portal-story';
import { postedRequests, STORY_CHECKOUT_URL, STORY_SESSION_URL } from './scripted-fetch';

/**
 * Asserts what a user of the app would see after one click: one JSON POST to the endpoint with exactly
 * this body, then one navigation to the session URL (Checkout's for the checkout endpoint), with the
 * button left `redirecting` and the story saying which page would open.
 */
export async function expectLeftForPortal(
  args: PortalStoryArgs,
  button: HTMLElement,
  body: unknown,
  endpoint = '/api/billing/portal',
): Promise<void> {
  await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
  const sessionUrl = endpoint.endsWith('/checkout') ? STORY_CHECKOUT_URL : STORY_SESSION_URL;
  await expect(args.navigate).toHaveBeenCalledWith(sessionUrl);
  await expect(args.fetch).toHaveBeenCalledOnce();
  const [request] = await postedRequests(args.fetch);
  await expect(request).toMatchObject({ method: 'POST', url: new URL(endpoint, location.href).href });
  await expect(request?.headers.get('content-type')).toBe('application/json');
  await expect(request?.body).toEqual(body);
  await expect(button).toHaveAttribute('data-state', 'redirecting');
  await expect(button).toHaveAttribute('aria-busy', 'true');
  const page = sessionUrl === STORY_CHECKOUT_URL ? 'Checkout' : 'The portal';
  // The story's own notice; the button has a status region of its own (its pending label).
  await waitFor(() =>
    expect(document.querySelector('.story-would-open p')).toHaveTextContent(`${page} would open: ${sessionUrl}`),
  );
}

/**
 * Asserts the state a customer meets while the server has not answered: `data-state="pending"`,
 * announced as busy, and refusing clicks through `aria-disabled` while staying enabled, so it keeps focus.
 */
export async function expectPending(button: HTMLElement): Promise<void> {
  await expect(button).toHaveAttribute('data-state', 'pending');
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toBeEnabled();
}
