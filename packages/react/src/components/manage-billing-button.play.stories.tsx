import type { StoryObj } from '@storybook/react-vite';
import { expect, spyOn, waitFor } from 'storybook/test';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { expectLeftForPortal } from '../stories-support/play-helpers';
import meta, * as stories from './manage-billing-button.stories';

/*
 * The play functions of `manage-billing-button.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/ManageBillingButton', tags: ['!autodocs', 'test-only'] };
type Story = StoryObj<typeof meta>;

export const PortalHomepage: Story = {
  ...stories.PortalHomepage,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.portal_homepage });
    await expect(button).toHaveAttribute('data-state', 'idle');
    // A real submit button in a form, so a click before hydration still posts.
    await expect(button).toHaveAttribute('type', 'submit');
    await userEvent.click(button);
    await expectLeftForPortal(args, button, {});
  },
};

export const PaymentMethodUpdate: Story = {
  ...stories.PaymentMethodUpdate,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

export const CustomerUpdate: Story = {
  ...stories.CustomerUpdate,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.customer_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'customer_update', returnTo: '/account/billing' });
  },
};

export const SubscriptionCancel: Story = {
  ...stories.SubscriptionCancel,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_cancel });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_cancel', subscription: 'sub_1StoryCancel' });
  },
};

export const SubscriptionUpdate: Story = {
  ...stories.SubscriptionUpdate,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_update', subscription: 'sub_1StoryUpdate' });
  },
};

export const SubscriptionUpdateConfirm: Story = {
  ...stories.SubscriptionUpdateConfirm,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_update_confirm });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, {
      flow: 'subscription_update_confirm',
      subscription: 'sub_1StoryConfirm',
      items: [{ id: 'si_StoryItem', price: 'price_StoryPro', quantity: 3 }],
    });
  },
};

export const SubscriptionPause: Story = {
  ...stories.SubscriptionPause,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_pause });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_pause', subscription: 'sub_1StoryPause', locale: 'fr' });
  },
};

export const CustomLabel: Story = {
  ...stories.CustomLabel,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Replace card ending 4242' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

export const Disabled: Story = {
  ...stories.Disabled,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('data-disabled');
    await userEvent.click(button);
    await expect(args.fetch).not.toHaveBeenCalled();
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};

export const AsChild: Story = {
  ...stories.AsChild,
  play: async ({ args, canvas, userEvent }) => {
    const link = canvas.getByRole('link', { name: 'Billing details' });
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(link).toHaveAttribute('data-state', 'idle');
    await userEvent.click(link);
    // The link's own navigation was prevented: the browser goes to the portal, not to its href.
    await expectLeftForPortal(args, link, { flow: 'customer_update' });
  },
};

export const AppOnClickFirst: Story = {
  ...stories.AppOnClickFirst,
  play: async ({ args, canvas, userEvent, step }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_cancel });
    // Storybook restores `window.confirm` before the next story renders.
    const confirm = spyOn(window, 'confirm');
    await step('the app says no', async () => {
      confirm.mockReturnValue(false);
      await userEvent.click(button);
      await expect(args.onClick).toHaveBeenCalledOnce();
      await expect(args.fetch).not.toHaveBeenCalled();
      await expect(button).toHaveAttribute('data-state', 'idle');
    });
    await step('the app says yes', async () => {
      confirm.mockReturnValue(true);
      await userEvent.click(button);
      await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
      await expect(args.fetch).toHaveBeenCalledOnce();
    });
  },
};

export const NativeProps: Story = {
  ...stories.NativeProps,
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await expect(button).toHaveAttribute('id', 'update-card');
    await expect(button).toHaveAttribute('title', 'Opens Stripe');
    await expect(button).toHaveAccessibleDescription('Your card ending 4242 expires next month.');
  },
};
