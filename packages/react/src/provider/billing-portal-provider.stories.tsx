import type { Meta, StoryObj } from '@storybook/react-vite';
import { ManageBillingButton } from '../components/manage-billing-button';
import { germanLabels, germanMessages } from '../stories-support/german-translations';
import { capturedNavigate, withBillingPortal, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { BillingPortalProvider } from './billing-portal-provider';

/*
 * The optional provider: where to post, extra headers, translated labels and messages. Every button and
 * hook below it uses these settings.
 */
const meta = {
  title: 'Components/BillingPortalProvider',
  component: BillingPortalProvider,
  decorators: [withBillingPortal],
  argTypes: { fetch: { control: false }, navigate: { control: false } },
  args: { fetch: scriptedFetch({ url: STORY_SESSION_URL }), navigate: capturedNavigate() },
  render: () => <ManageBillingButton flow="payment_method_update" className="billing-button" />,
} satisfies Meta<PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A custom endpoint, and a header computed per request, e.g. the app's CSRF token. */
export const EndpointAndHeaders: Story = {
  args: { endpoint: '/billing/portal-session', headers: () => ({ 'X-CSRF-Token': 'story-csrf-token' }) },
};

/**
 * A translation: labels and messages merge over the English defaults, so a code left out still has
 * text. `locale` asks Stripe for the portal in the same language.
 */
export const Translated: Story = {
  args: {
    labels: germanLabels,
    messages: germanMessages,
    fetch: scriptedFetch({ error: 'UNAUTHENTICATED' }),
  },
  render: () => (
    <div className="story-grid">
      <div role="group" aria-label="translated" className="story-stack">
        <ManageBillingButton flow="payment_method_update" locale="de" className="billing-button" />
      </div>
      <div role="group" aria-label="untranslated" className="story-stack">
        <BillingPortalProvider fetch={scriptedFetch({ error: 'RATE_LIMITED', retryAfter: 5 })}>
          <ManageBillingButton
            flow="subscription_cancel"
            subscription="sub_1StoryCancel"
            locale="de"
            className="billing-button"
          />
        </BillingPortalProvider>
      </div>
    </div>
  ),
};
