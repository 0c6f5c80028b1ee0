import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MouseEvent } from 'react';
import { fn } from 'storybook/test';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { componentArgs, type PortalStoryArgs } from '../stories-support/portal-story';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';

/*
 * One story per portal flow, plus the button's own props. Click one: the story says which page would
 * open. The play functions that check it all sit in `manage-billing-button.play.stories.tsx`.
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
export const PortalHomepage: Story = {};

export const PaymentMethodUpdate: Story = {
  args: { flow: 'payment_method_update' },
};

export const CustomerUpdate: Story = {
  args: { flow: 'customer_update', returnTo: '/account/billing' },
};

export const SubscriptionCancel: Story = {
  args: { flow: 'subscription_cancel', subscription: 'sub_1StoryCancel' },
};

export const SubscriptionUpdate: Story = {
  args: { flow: 'subscription_update', subscription: 'sub_1StoryUpdate' },
};

/** Straight to Stripe's confirmation page for one change: the item, with its new price and/or quantity. */
export const SubscriptionUpdateConfirm: Story = {
  args: {
    flow: 'subscription_update_confirm',
    subscription: 'sub_1StoryConfirm',
    items: [{ id: 'si_StoryItem', price: 'price_StoryPro', quantity: 3 }],
  },
};

export const SubscriptionPause: Story = {
  args: { flow: 'subscription_pause', subscription: 'sub_1StoryPause', locale: 'fr' },
};

/** `children` replaces the default label. */
export const CustomLabel: Story = {
  args: { flow: 'payment_method_update', children: 'Replace card ending 4242' },
};

/** A disabled button posts nothing. */
export const Disabled: Story = {
  args: { flow: 'payment_method_update', disabled: true },
};

/** `asChild` renders the app's own element (here a link) with the button's behaviour and state attributes. */
export const AsChild: Story = {
  args: {
    flow: 'customer_update',
    asChild: true,
    className: undefined,
    children: (
      <a href="/account/billing" className="billing-link">
        Billing details
      </a>
    ),
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
};

/** Native button props pass through: `id`, `title`, `data-*`, ARIA attributes and so on. */
export const NativeProps: Story = {
  args: { flow: 'payment_method_update', id: 'update-card', title: 'Opens Stripe', 'aria-describedby': 'card-hint' },
  render: (args) => (
    <div className="story-stack">
      <ManageBillingButton {...componentArgs(args)} />
      <p id="card-hint">Your card ending 4242 expires next month.</p>
    </div>
  ),
};
