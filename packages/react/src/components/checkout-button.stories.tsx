import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkoutArgTypes, portalArgTypes } from '../stories-support/arg-types';
import { stubWindowOpen } from '../stories-support/new-tab';
import { capturedNavigate, componentArgs, withBillingPortal, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_CHECKOUT_URL, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { CheckoutButton, type CheckoutButtonProps } from './checkout-button';
import { CheckoutForm } from './checkout-form';
import { ManageBillingButton } from './manage-billing-button';

/*
 * `CheckoutButton` sends a customer to Stripe Checkout for a plan key of the server's `plans` map. It is
 * the portal button's implementation with another request, so it has the same states, styled through
 * the same `data-state` selectors.
 */
const meta = {
  title: 'Components/CheckoutButton',
  component: CheckoutButton,
  decorators: [withBillingPortal],
  // What the customer buys comes first in the props table.
  parameters: { propsFirst: ['plan', 'quantity'] },
  argTypes: {
    ...portalArgTypes,
    ...checkoutArgTypes,
    target: { control: 'inline-radio', options: ['_self', '_blank'] },
    children: { control: 'text' },
    className: { table: { disable: true } },
  },
  args: {
    fetch: scriptedFetch({ url: STORY_CHECKOUT_URL }),
    navigate: capturedNavigate(),
    className: 'billing-button',
    plan: 'pro_monthly',
  },
  render: (args) => <CheckoutButton {...componentArgs(args)} />,
} satisfies Meta<CheckoutButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button as it first renders: "Subscribe", `data-state="idle"`. */
export const Idle: Story = {};

/** A plan with seats: `quantity` goes with `plan`; the server checks it against the plan's bounds. */
export const WithQuantity: Story = {
  args: { plan: 'team', quantity: 5, children: 'Start the team plan' },
};

/** The server has not answered: `aria-busy`, still focusable, and further clicks do nothing. */
export const Pending: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
};

/** The Checkout URL arrived: navigate is called once, and the button stays busy while the page leaves. */
export const Redirecting: Story = {};

/** The customer already subscribes to one of the plans: the default message, announced. */
export const AlreadySubscribed: Story = {
  args: { fetch: scriptedFetch({ error: 'ALREADY_SUBSCRIBED', message: 'cus_StorySecret has sub_1' }) },
};

/** The app reads `error.code` in `renderError` and offers the portal instead, right where the customer looks. */
export const AlreadySubscribedOffersPortal: Story = {
  args: { fetch: scriptedFetch({ error: 'ALREADY_SUBSCRIBED' }, { url: STORY_SESSION_URL }) },
  render: (args) => (
    <CheckoutButton
      {...componentArgs(args)}
      renderError={(error, { message }) =>
        error.code === 'ALREADY_SUBSCRIBED' ? (
          // A <div>, not a <p>: the button is a form (it works before hydration), and a <p> cannot hold one.
          <div>
            You already subscribe. <ManageBillingButton className="billing-button">Manage your subscription</ManageBillingButton>
          </div>
        ) : (
          message
        )
      }
    />
  ),
};

/** `target="_blank"`: the tab opens inside the click, with `opener` cut, and this page stays usable. */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
};

/** `prefetch="intent"`: the request starts on pointer-down and the click navigates; hovering sends nothing. */
export const PrefetchOnIntent: Story = {
  args: { prefetch: 'intent' },
};

/** `disabled`: the native attribute, and no request. */
export const Disabled: Story = { args: { disabled: true } };

/** `asChild`: the app's own link, with the button's state and behaviour; its href is not followed. */
export const AsChild: Story = {
  render: (args) => (
    <CheckoutButton {...componentArgs(args)} asChild>
      <a href="/pricing">Upgrade to Pro</a>
    </CheckoutButton>
  ),
};

/** `CheckoutForm` from `@portalkit/react/form`: a real form post that works before hydration and without JavaScript. */
export const Form: Story = {
  render: (args) => <CheckoutForm {...componentArgs(args)} />,
};
