import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMutation } from '@tanstack/react-query';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { portalArgTypes } from '../stories-support/arg-types';
import { capturedNavigate, withBillingPortal, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { billingPortalMutationOptions } from './billing-portal-mutation-options';
import { useManageBilling } from './use-manage-billing';

/*
 * For an app that wants its own markup: the hook behind the button, and the mutation options behind the
 * hook for an app that composes its own `useMutation`.
 */
const meta = {
  title: 'Hooks/useManageBilling',
  tags: ['!autodocs'],
  decorators: [withBillingPortal],
  argTypes: portalArgTypes,
  args: { fetch: scriptedFetch({ url: STORY_SESSION_URL }), navigate: capturedNavigate() },
} satisfies Meta<PortalStoryArgs>;

export default meta;
type Story = StoryObj<PortalStoryArgs>;

/** An app's own plan card: `open()` inside the click, `status` for styling, `message` for the customer. */
function PlanCard() {
  const billing = useManageBilling();
  return (
    <div className="story-stack">
      <p>Pro plan, renews on 1 March.</p>
      <button
        type="button"
        className="billing-button"
        data-state={billing.status}
        aria-busy={billing.isBusy || undefined}
        onClick={() => billing.open({ flow: 'subscription_update', subscription: 'sub_1StoryUpdate' })}
      >
        Switch plan
      </button>
      {billing.message && <p role="alert">{billing.message}</p>}
    </div>
  );
}

export const OwnMarkup: Story = {
  render: () => <PlanCard />,
};

export const OwnMarkupError: Story = {
  args: { fetch: scriptedFetch({ error: 'NOT_FOUND' }) },
  render: () => <PlanCard />,
};

/** `billingPortalMutationOptions()` spread into the app's own `useMutation`, with the app's own error toast. */
function OwnMutation({ fetch, navigate }: PortalStoryArgs) {
  const [toast, setToast] = useState<string | null>(null);
  const portal = useMutation({
    ...billingPortalMutationOptions({ fetch, navigate }),
    onError: (error) => setToast(`${DEFAULT_BILLING_MESSAGES[error.code]} (${error.code})`),
  });
  return (
    <div className="story-stack">
      <button
        type="button"
        className="billing-button"
        data-state={portal.isPending ? 'pending' : portal.isError ? 'error' : 'idle'}
        onClick={() => portal.mutate({ flow: 'customer_update' })}
      >
        Edit billing address
      </button>
      {toast && <p role="status">{toast}</p>}
    </div>
  );
}

export const WithOwnUseMutation: Story = {
  render: (args) => <OwnMutation {...args} />,
};

export const WithOwnUseMutationError: Story = {
  args: { fetch: scriptedFetch({ error: 'PORTAL_NOT_CONFIGURED' }) },
  render: (args) => <OwnMutation {...args} />,
};
