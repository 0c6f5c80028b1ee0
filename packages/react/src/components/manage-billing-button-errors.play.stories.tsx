import type { StoryObj } from '@storybook/react-vite';
import { BILLING_ERROR_CODES, type BillingErrorCode } from '@portalkit/protocol';
import { expect, waitFor, within } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import type { PortalStoryArgs } from '../stories-support/portal-story';
import { STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import meta, * as stories from './manage-billing-button-errors.stories';

/*
 * The play functions of `manage-billing-button-errors.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/ManageBillingButton/Errors', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.subscription_cancel;

export const EveryErrorCode: Story = {
  ...stories.EveryErrorCode,
  play: async ({ canvas, step, userEvent }) => {
    for (const code of BILLING_ERROR_CODES) {
      await step(code, async () => {
        const cell = within(canvas.getByRole('group', { name: code }));
        const button = cell.getByRole('button', { name: label });
        await userEvent.click(button);
        const alert = await cell.findByRole('alert');
        await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES[code]);
        await expect(alert).not.toHaveTextContent('cus_StorySecret');
        await expect(button).toHaveAttribute('data-state', 'error');
        await expect(button).not.toHaveAttribute('aria-busy');
        await expect(button).toHaveAccessibleDescription(DEFAULT_BILLING_MESSAGES[code]);
      });
    }
  },
};

export const OneErrorCode: StoryObj<PortalStoryArgs & { code: BillingErrorCode }> = {
  ...stories.OneErrorCode,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES[args.code]);
  },
};

export const NotOurServer: Story = {
  ...stories.NotOurServer,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.NETWORK_ERROR);
    await expect(alert).not.toHaveTextContent('nginx');
  },
};

export const ClickAgainAfterError: Story = {
  ...stories.ClickAgainAfterError,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.STRIPE_TIMEOUT);
    await userEvent.click(button);
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
    await expect(args.navigate).toHaveBeenCalledWith(STORY_SESSION_URL);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(args.fetch).toHaveBeenCalledTimes(2);
  },
};

export const RenderErrorWithRetry: Story = {
  ...stories.RenderErrorWithRetry,
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.RATE_LIMITED);
    await expect(alert).toHaveTextContent('Try again in 30 seconds.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
    await expect(args.navigate).toHaveBeenCalledWith(STORY_SESSION_URL);
    const [first, second] = args.fetch.mock.calls;
    await expect(second?.[1]?.body).toBe(first?.[1]?.body);
  },
};

export const OnErrorOnly: Story = {
  ...stories.OnErrorOnly,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await waitFor(() => expect(args.onError).toHaveBeenCalledOnce());
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'BillingError', code: 'FLOW_UNAVAILABLE' }));
    await expect(button).toHaveAttribute('data-state', 'error');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};
