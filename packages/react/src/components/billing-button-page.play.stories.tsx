import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import meta, * as stories from './billing-button-page.stories';

/*
 * The play functions of `billing-button-page.stories.tsx`: each story again, clicked and checked like a
 * customer would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook
 * never meets a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/On a page', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;

export const PendingLabel: Story = {
  ...stories.PendingLabel,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update }));
    const button = await canvas.findByRole('button', { name: DEFAULT_FLOW_LABELS.portal_pending });
    await expect(button).toHaveAttribute('data-state', 'pending');
    await expect(canvas.getByRole('status')).toHaveTextContent(DEFAULT_FLOW_LABELS.portal_pending);
  },
};

export const CustomPendingLabel: Story = {
  ...stories.CustomPendingLabel,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    await expect(await canvas.findByRole('button', { name: 'Taking you to Stripe…' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const SingleFlight: Story = {
  ...stories.SingleFlight,
  play: async ({ args, canvas, userEvent }) => {
    const [portal, checkout] = canvas.getAllByRole('button') as [HTMLElement, HTMLElement];
    await userEvent.click(portal);
    await waitFor(() => expect(checkout).toHaveAttribute('aria-disabled', 'true'));
    await expect(checkout).toHaveAttribute('data-disabled', '');
    await userEvent.click(checkout);
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

export const ErrorBelowTheRow: Story = {
  ...stories.ErrorBelowTheRow,
  play: async ({ canvas, userEvent }) => {
    const [portal] = canvas.getAllByRole('button') as [HTMLElement];
    await userEvent.click(portal);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.RATE_LIMITED);
    await expect(portal.closest('.row')).not.toContainElement(alert);
    await expect(portal).toHaveAccessibleDescription(alert.textContent!);
  },
};

export const ErrorWithItsAction: Story = {
  ...stories.ErrorWithItsAction,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(args.fetch).toHaveBeenCalledTimes(2));
  },
};
