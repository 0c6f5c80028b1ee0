import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MouseEvent } from 'react';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { expectLeftForPortal } from '../stories-support/play-helpers';
import { componentArgs, type PortalStoryArgs } from '../stories-support/portal-story';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';
import styles from './manage-billing-button.stories.module.css';

/*
 * One story per portal flow, plus the button's own props. Each play function clicks like a customer
 * and checks what the server received and where the browser was sent.
 */
const meta = {
  title: 'Components/ManageBillingButton',
  component: ManageBillingButton,
  ...componentStoryMeta,
  render: (args) => <ManageBillingButton {...componentArgs(args)} />,
} satisfies Meta<ManageBillingButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No `flow`: the portal's homepage, where the customer can do everything the configuration allows. */
export const PortalHomepage: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.portal_homepage });
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(button).toHaveAttribute('type', 'submit');
    await userEvent.click(button);
    await expectLeftForPortal(args, button, {});
  },
};

export const PaymentMethodUpdate: Story = {
  args: { flow: 'payment_method_update' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

export const CustomerUpdate: Story = {
  args: { flow: 'customer_update', returnTo: '/account/billing' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.customer_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'customer_update', returnTo: '/account/billing' });
  },
};

export const SubscriptionCancel: Story = {
  args: { flow: 'subscription_cancel', subscription: 'sub_1StoryCancel' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_cancel });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_cancel', subscription: 'sub_1StoryCancel' });
  },
};

export const SubscriptionUpdate: Story = {
  args: { flow: 'subscription_update', subscription: 'sub_1StoryUpdate' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_update });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_update', subscription: 'sub_1StoryUpdate' });
  },
};

/** Straight to Stripe's confirmation page for one change: the item, with its new price and/or quantity. */
export const SubscriptionUpdateConfirm: Story = {
  args: {
    flow: 'subscription_update_confirm',
    subscription: 'sub_1StoryConfirm',
    items: [{ id: 'si_StoryItem', price: 'price_StoryPro', quantity: 3 }],
  },
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
  args: { flow: 'subscription_pause', subscription: 'sub_1StoryPause', locale: 'fr' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.subscription_pause });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'subscription_pause', subscription: 'sub_1StoryPause', locale: 'fr' });
  },
};

/** `children` replaces the default label. */
export const CustomLabel: Story = {
  args: { flow: 'payment_method_update', children: 'Replace card ending 4242' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Replace card ending 4242' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

/** A disabled button posts nothing. */
export const Disabled: Story = {
  args: { flow: 'payment_method_update', disabled: true },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('data-disabled');
    await userEvent.click(button);
    await expect(args.fetch).not.toHaveBeenCalled();
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};

/** `asChild` renders the app's own element (here a link) with the button's behaviour and state attributes. */
export const AsChild: Story = {
  args: {
    flow: 'customer_update',
    asChild: true,
    className: undefined,
    children: (
      <a href="/account/billing" className={styles.link}>
        Billing details
      </a>
    ),
  },
  play: async ({ args, canvas, userEvent }) => {
    const link = canvas.getByRole('link', { name: 'Billing details' });
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(link).toHaveAttribute('data-state', 'idle');
    await userEvent.click(link);
    // The link's own navigation was prevented: the browser goes to the portal, not to its href.
    await expectLeftForPortal(args, link, { flow: 'customer_update' });
  },
};

/** The app's `onClick` runs first; calling `event.preventDefault()` there stops the button. */
export const AppOnClickFirst: Story = {
  args: {
    flow: 'subscription_cancel',
    subscription: 'sub_1StoryCancel',
    onClick: fn((event: MouseEvent<HTMLButtonElement>) => {
      if (!window.confirm('Really cancel?')) event.preventDefault();
    }).mockName('onClick'),
  },
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

/** Native button props pass through: `id`, `title`, `data-*`, ARIA attributes and so on. */
export const NativeProps: Story = {
  args: { flow: 'payment_method_update', id: 'update-card', title: 'Opens Stripe', 'aria-describedby': 'card-hint' },
  render: (args) => (
    <div className={styles.stack}>
      <ManageBillingButton {...componentArgs(args)} />
      <p id="card-hint">Your card ending 4242 expires next month.</p>
    </div>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: DEFAULT_FLOW_LABELS.payment_method_update });
    await expect(button).toHaveAttribute('id', 'update-card');
    await expect(button).toHaveAttribute('title', 'Opens Stripe');
    await expect(button).toHaveAccessibleDescription('Your card ending 4242 expires next month.');
  },
};
