import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { expectLeftForPortal } from '../stories-support/play-helpers';
import type { PortalStoryArgs } from '../stories-support/portal-story';
import { postedRequests } from '../stories-support/scripted-fetch';
import { DEFAULT_BILLING_MESSAGES } from './default-messages';
import { germanLabels, germanMessages } from '../stories-support/german-translations';
import meta, * as stories from './billing-portal-provider.stories';

/*
 * The play functions of `billing-portal-provider.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/BillingPortalProvider', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;

export const EndpointAndHeaders: Story = {
  ...stories.EndpointAndHeaders,
  play: async ({ canvas, userEvent, ...context }) => {
    // The meta's args always hold the scripted fetch and navigate; the provider's own types call them optional.
    const args = context.args as PortalStoryArgs;
    const button = canvas.getByRole('button', { name: 'Update payment method' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' }, '/billing/portal-session');
    const [request] = await postedRequests(args.fetch);
    await expect(request?.headers.get('x-csrf-token')).toBe('story-csrf-token');
  },
};

export const Translated: Story = {
  ...stories.Translated,
  play: async ({ canvas, userEvent, ...context }) => {
    const args = context.args as PortalStoryArgs;
    const translated = within(canvas.getByRole('group', { name: 'translated' }));
    await userEvent.click(translated.getByRole('button', { name: germanLabels.payment_method_update }));
    await expect(await translated.findByRole('alert')).toHaveTextContent(germanMessages.UNAUTHENTICATED);
    const [request] = await postedRequests(args.fetch);
    await expect(request?.body).toEqual({ flow: 'payment_method_update', locale: 'de' });

    // A nested provider inherits the translation; a code the app did not translate falls back to English.
    const untranslated = within(canvas.getByRole('group', { name: 'untranslated' }));
    await userEvent.click(untranslated.getByRole('button', { name: germanLabels.subscription_cancel }));
    await waitFor(() => expect(untranslated.getByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.RATE_LIMITED));
  },
};
