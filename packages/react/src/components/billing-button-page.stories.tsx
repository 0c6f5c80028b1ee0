import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { componentArgs, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch } from '../stories-support/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';

/*
 * The buttons on a page with others: what they say while busy, one redirect at a time, and the error
 * placed where the app wants it. `data-state` and `data-disabled` drive every style here.
 */
const meta = {
  title: 'Components/On a page',
  component: ManageBillingButton,
  tags: ['!autodocs'],
  ...componentStoryMeta,
  args: { ...componentStoryMeta.args, flow: 'payment_method_update' },
  render: (args) => <ManageBillingButton {...componentArgs(args)} />,
} satisfies Meta<ManageBillingButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * While the server answers and the browser leaves, the button says so ("Opening the billing portal…",
 * from the provider's `labels.portal_pending`), and a hidden `role="status"` region announces it.
 */
export const PendingLabel: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
};

/** `pendingLabel` for the app's own words; `null` keeps the label (the status region then stays silent). */
export const CustomPendingLabel: Story = {
  args: { fetch: scriptedFetch({ pending: true }), pendingLabel: 'Taking you to Stripe…' },
};

/**
 * One redirect at a time: while one button is busy, the others on the page (same QueryClient) show
 * `aria-disabled` and `data-disabled` and ignore clicks, so a second session is never created.
 */
export const SingleFlight: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
  render: (args) => (
    <div className="row">
      <ManageBillingButton {...componentArgs(args)} />
      <CheckoutButton plan="pro_monthly" className="billing-button" />
    </div>
  ),
};

function RowWithErrorBelow(props: ManageBillingButtonProps) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <>
      <div className="row">
        <ManageBillingButton {...props} errorSlot={slot} />
        <CheckoutButton plan="pro_monthly" className="billing-button" errorSlot={slot} />
      </div>
      <div ref={setSlot} />
    </>
  );
}

/**
 * `errorSlot`: the error shows in the app's element below the row (through a portal) instead of as
 * the button's sibling, so it never becomes a flex item. The button still points at it
 * (`aria-describedby`).
 */
export const ErrorBelowTheRow: Story = {
  args: { fetch: scriptedFetch({ error: 'RATE_LIMITED' }) },
  render: (args) => <RowWithErrorBelow {...componentArgs(args)} />,
};

/** `renderError`'s `action` says what the customer can do: here `retry`, offered as "Try again". */
export const ErrorWithItsAction: Story = {
  args: {
    fetch: scriptedFetch({ error: 'STRIPE_UNAVAILABLE' }),
    renderError: (_error, { message, action, retry }) => (
      <>
        {message}{' '}
        {action === 'retry' && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      </>
    ),
  },
};
