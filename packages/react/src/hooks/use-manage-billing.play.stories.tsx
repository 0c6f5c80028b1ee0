import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { expectLeftForPortal } from '../stories-support/play-helpers';
import type { PortalStoryArgs } from '../stories-support/portal-story';
import { STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import meta, * as stories from './use-manage-billing.stories';

/*
 * The play functions of `use-manage-billing.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Hooks/useManageBilling', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<PortalStoryArgs>;

export const OwnMarkup: Story = {
  ...stories.OwnMarkup,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Switch plan' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_update', subscription: 'sub_1StoryUpdate' });
  },
};

export const OwnMarkupError: Story = {
  ...stories.OwnMarkupError,
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Switch plan' });
    await userEvent.click(button);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.NOT_FOUND);
    await expect(button).toHaveAttribute('data-state', 'error');
  },
};

export const WithOwnUseMutation: Story = {
  ...stories.WithOwnUseMutation,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Edit billing address' });
    await userEvent.click(button);
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
    await expect(args.navigate).toHaveBeenCalledWith(STORY_SESSION_URL);
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

export const WithOwnUseMutationError: Story = {
  ...stories.WithOwnUseMutationError,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Edit billing address' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      `${DEFAULT_BILLING_MESSAGES.PORTAL_NOT_CONFIGURED} (PORTAL_NOT_CONFIGURED)`,
    );
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};
