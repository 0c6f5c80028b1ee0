import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type Mock } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { openedTabs } from '../stories-support/new-tab';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import meta, * as stories from './manage-billing-button-states.stories';

/*
 * The play functions of `manage-billing-button-states.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/ManageBillingButton/States', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.payment_method_update;

export const Pending: Story = {
  ...stories.Pending,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectPending(button);
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    await expect(args.fetch).toHaveBeenCalledOnce();
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};

export const Redirecting: Story = {
  ...stories.Redirecting,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    await userEvent.click(button);
    await expect(args.fetch).toHaveBeenCalledOnce();
    await expect(args.navigate).toHaveBeenCalledOnce();
  },
};

export const NewTab: Story = {
  ...stories.NewTab,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    const [tab] = openedTabs();
    await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledWith(STORY_SESSION_URL));
    const open = window.open as unknown as Mock<typeof window.open>;
    await expect(open).toHaveBeenCalledOnce();
    await expect(open).toHaveBeenCalledWith('', '_blank');
    // Opened before the request was sent, i.e. still inside the user's click.
    await expect(open.mock.invocationCallOrder[0]).toBeLessThan(args.fetch.mock.invocationCallOrder[0]!);
    await expect(tab?.opener).toBeNull();
    await expect(args.navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'));
  },
};

export const NewTabBlocked: Story = {
  ...stories.NewTabBlocked,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    await expect(window.open).toHaveBeenCalledOnce();
  },
};

export const NewTabFailed: Story = {
  ...stories.NewTabFailed,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.STRIPE_UNAVAILABLE);
    const [tab] = openedTabs();
    await expect(tab?.close).toHaveBeenCalledOnce();
    await expect(tab?.location.replace).not.toHaveBeenCalled();
  },
};

export const PrefetchOnIntent: Story = {
  ...stories.PrefetchOnIntent,
  play: async ({ args, canvas, userEvent, step }) => {
    const button = canvas.getByRole('button', { name: label });
    await step('hover: nothing is sent', async () => {
      await userEvent.hover(button);
      await expect(args.fetch).not.toHaveBeenCalled();
    });
    await step('pointer down: the request starts, no navigation yet', async () => {
      await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
      await expect(args.fetch).toHaveBeenCalledOnce();
      await expect(args.navigate).not.toHaveBeenCalled();
    });
    await step('pointer up: the click uses that request', async () => {
      await userEvent.pointer({ keys: '[/MouseLeft]', target: button });
      await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    });
  },
};

export const PrefetchFromKeyboard: Story = {
  ...stories.PrefetchFromKeyboard,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

export const NoPrefetchByDefault: Story = {
  ...stories.NoPrefetchByDefault,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
    await expect(args.fetch).not.toHaveBeenCalled();
    await userEvent.pointer({ keys: '[/MouseLeft]', target: button });
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

export const AllStates: Story = {
  ...stories.AllStates,
  play: async ({ canvas, userEvent }) => {
    const stateOf = (state: string) => within(canvas.getByRole('group', { name: state })).getByRole('button');
    for (const state of ['pending', 'redirecting', 'error']) await userEvent.click(stateOf(state));
    await waitFor(() => expect(stateOf('redirecting')).toHaveAttribute('data-state', 'redirecting'));
    await waitFor(() => expect(stateOf('error')).toHaveAttribute('data-state', 'error'));
    await expect(stateOf('idle')).toHaveAttribute('data-state', 'idle');
    await expect(stateOf('pending')).toHaveAttribute('data-state', 'pending');
    await expect(stateOf('disabled')).toBeDisabled();
    await expect(within(canvas.getByRole('group', { name: 'error' })).getByRole('alert')).toHaveTextContent(
      DEFAULT_BILLING_MESSAGES.UNAUTHENTICATED,
    );
  },
};
