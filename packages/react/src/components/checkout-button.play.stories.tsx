import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor, type Mock } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { openedTabs } from '../stories-support/new-tab';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { STORY_CHECKOUT_URL, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import meta, * as stories from './checkout-button.stories';

/*
 * The play functions of `checkout-button.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/CheckoutButton', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.checkout;
const CHECKOUT_ENDPOINT = '/api/billing/checkout';

export const WithQuantity: Story = {
  ...stories.WithQuantity,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Start the team plan' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'team', quantity: 5 }, CHECKOUT_ENDPOINT);
  },
};

export const Pending: Story = {
  ...stories.Pending,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectPending(button);
    await userEvent.click(button);
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

export const Redirecting: Story = {
  ...stories.Redirecting,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};

export const AlreadySubscribed: Story = {
  ...stories.AlreadySubscribed,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.ALREADY_SUBSCRIBED);
    await expect(alert).not.toHaveTextContent('cus_StorySecret');
  },
};

export const AlreadySubscribedOffersPortal: Story = {
  ...stories.AlreadySubscribedOffersPortal,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Manage your subscription' }));
    await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(STORY_SESSION_URL));
  },
};

export const NewTab: Story = {
  ...stories.NewTab,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    const [tab] = openedTabs();
    await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledWith(STORY_CHECKOUT_URL));
    await expect(window.open as unknown as Mock<typeof window.open>).toHaveBeenCalledWith('', '_blank');
    await expect(tab?.opener).toBeNull();
    await expect(args.navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'));
  },
};

export const PrefetchOnIntent: Story = {
  ...stories.PrefetchOnIntent,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.hover(button);
    await expect(args.fetch).not.toHaveBeenCalled();
    await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
    await expect(args.fetch).toHaveBeenCalledOnce();
    await expect(args.navigate).not.toHaveBeenCalled();
    await userEvent.pointer({ keys: '[/MouseLeft]', target: button });
    await expectLeftForPortal(args, button, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};

export const AsChild: Story = {
  ...stories.AsChild,
  play: async ({ args, canvas, userEvent }) => {
    const link = canvas.getByRole('link', { name: 'Upgrade to Pro' });
    await userEvent.click(link);
    await expectLeftForPortal(args, link, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};

export const Form: Story = {
  ...stories.Form,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await expect(button.closest('form')).toHaveAttribute('action', CHECKOUT_ENDPOINT);
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};
