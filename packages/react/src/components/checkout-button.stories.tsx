import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, type Mock } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { portalArgTypes } from '../stories-support/arg-types';
import { openedTabs, stubWindowOpen } from '../stories-support/new-tab';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { capturedNavigate, componentArgs, withBillingPortal, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { CheckoutButton, type CheckoutButtonProps } from './checkout-button';
import { CheckoutForm } from './checkout-form';
import { ManageBillingButton } from './manage-billing-button';
import styles from './manage-billing-button.stories.module.css';

/*
 * `CheckoutButton` sends a customer to Stripe Checkout for a plan key of the server's `plans` map. It is
 * the portal button's implementation with another request, so it has the same states, styled through
 * the same `data-state` selectors.
 */
const meta = {
  title: 'Components/CheckoutButton',
  component: CheckoutButton,
  decorators: [withBillingPortal],
  argTypes: {
    ...portalArgTypes,
    plan: { control: 'text' },
    quantity: { control: 'number' },
    target: { control: 'inline-radio', options: ['_self', '_blank'] },
    children: { control: 'text' },
    className: { table: { disable: true } },
  },
  args: {
    fetch: scriptedFetch({ url: STORY_SESSION_URL }),
    navigate: capturedNavigate(),
    className: styles.button,
    plan: 'pro_monthly',
  },
  render: (args) => <CheckoutButton {...componentArgs(args)} />,
} satisfies Meta<CheckoutButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.checkout;
const CHECKOUT_ENDPOINT = '/api/billing/checkout';

/** The button as it first renders: "Subscribe", `data-state="idle"`. */
export const Idle: Story = {};

/** A plan with seats: `quantity` goes with `plan`; the server checks it against the plan's bounds. */
export const WithQuantity: Story = {
  args: { plan: 'team', quantity: 5, children: 'Start the team plan' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Start the team plan' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'team', quantity: 5 }, CHECKOUT_ENDPOINT);
  },
};

/** The server has not answered: `aria-busy`, still focusable, and further clicks do nothing. */
export const Pending: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectPending(button);
    await userEvent.click(button);
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

/** The Checkout URL arrived: navigate is called once, and the button stays busy while the page leaves. */
export const Redirecting: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};

/** The customer already subscribes to one of the plans: the default message, announced. */
export const AlreadySubscribed: Story = {
  args: { fetch: scriptedFetch({ error: 'ALREADY_SUBSCRIBED', message: 'cus_StorySecret has sub_1' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.ALREADY_SUBSCRIBED);
    await expect(alert).not.toHaveTextContent('cus_StorySecret');
  },
};

/** The app reads `error.code` in `renderError` and offers the portal instead, right where the customer looks. */
export const AlreadySubscribedOffersPortal: Story = {
  args: { fetch: scriptedFetch({ error: 'ALREADY_SUBSCRIBED' }, { url: STORY_SESSION_URL }) },
  render: (args) => (
    <CheckoutButton
      {...componentArgs(args)}
      renderError={(error, { message }) =>
        error.code === 'ALREADY_SUBSCRIBED' ? (
          <p>
            You already subscribe. <ManageBillingButton className={styles.button}>Manage your subscription</ManageBillingButton>
          </p>
        ) : (
          message
        )
      }
    />
  ),
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Manage your subscription' }));
    await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(STORY_SESSION_URL));
  },
};

/** `target="_blank"`: the tab opens inside the click, with `opener` cut, and this page stays usable. */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    const [tab] = openedTabs();
    await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledWith(STORY_SESSION_URL));
    await expect(window.open as unknown as Mock<typeof window.open>).toHaveBeenCalledWith('', '_blank');
    await expect(tab?.opener).toBeNull();
    await expect(args.navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'));
  },
};

/** `prefetch="intent"`: the request starts on pointer-down and the click navigates; hovering sends nothing. */
export const PrefetchOnIntent: Story = {
  args: { prefetch: 'intent' },
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

/** `disabled`: the native attribute, and no request. */
export const Disabled: Story = { args: { disabled: true } };

/** `asChild`: the app's own link, with the button's state and behaviour; its href is not followed. */
export const AsChild: Story = {
  render: (args) => (
    <CheckoutButton {...componentArgs(args)} asChild>
      <a href="/pricing">Upgrade to Pro</a>
    </CheckoutButton>
  ),
  play: async ({ args, canvas, userEvent }) => {
    const link = canvas.getByRole('link', { name: 'Upgrade to Pro' });
    await userEvent.click(link);
    await expectLeftForPortal(args, link, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};

/** `CheckoutForm` from `@portalkit/react/form`: a real form post that works before hydration and without JavaScript. */
export const Form: Story = {
  render: (args) => <CheckoutForm {...componentArgs(args)} />,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await expect(button.closest('form')).toHaveAttribute('action', CHECKOUT_ENDPOINT);
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { plan: 'pro_monthly' }, CHECKOUT_ENDPOINT);
  },
};
