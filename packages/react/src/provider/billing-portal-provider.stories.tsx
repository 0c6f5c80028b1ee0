import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ManageBillingButton } from '../components/manage-billing-button';
import styles from '../components/manage-billing-button.stories.module.css';
import { expectLeftForPortal } from '../stories-support/play-helpers';
import { capturedNavigate, withBillingPortal, type PortalStoryArgs } from '../stories-support/portal-story';
import { postedRequests, scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { BillingPortalProvider } from './billing-portal-provider';
import { DEFAULT_BILLING_MESSAGES } from './default-messages';

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
  render: () => <ManageBillingButton flow="payment_method_update" className={styles.button} />,
} satisfies Meta<PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A custom endpoint, and a header computed per request, e.g. the app's CSRF token. */
export const EndpointAndHeaders: Story = {
  args: { endpoint: '/billing/portal-session', headers: () => ({ 'X-CSRF-Token': 'story-csrf-token' }) },
  play: async ({ canvas, userEvent, ...context }) => {
    // The meta's args always hold the scripted fetch and navigate; the provider's own types call them optional.
    const args = context.args as PortalStoryArgs;
    const button = canvas.getByRole('button', { name: 'Update payment method' });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' }, '/billing/portal-session');
    const [request] = await postedRequests(args.fetch);
    await expect(request?.headers.get('x-csrf-token')).toBe('story-csrf-token');
  },
};

const germanLabels = { payment_method_update: 'Zahlungsmethode ändern', subscription_cancel: 'Abo kündigen' };
const germanMessages = { UNAUTHENTICATED: 'Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.' };

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
    <div className={styles.grid}>
      <div role="group" aria-label="translated" className={styles.stack}>
        <ManageBillingButton flow="payment_method_update" locale="de" className={styles.button} />
      </div>
      <div role="group" aria-label="untranslated" className={styles.stack}>
        <BillingPortalProvider fetch={scriptedFetch({ error: 'RATE_LIMITED', retryAfter: 5 })}>
          <ManageBillingButton flow="subscription_cancel" subscription="sub_1StoryCancel" locale="de" className={styles.button} />
        </BillingPortalProvider>
      </div>
    </div>
  ),
  play: async ({ canvas, userEvent, ...context }) => {
    const args = context.args as PortalStoryArgs;
    const translated = within(canvas.getByRole('group', { name: 'translated' }));
    await userEvent.click(translated.getByRole('button', { name: germanLabels.payment_method_update }));
    await expect(await translated.findByRole('alert')).toHaveTextContent(germanMessages.UNAUTHENTICATED);
    const [request] = await postedRequests(args.fetch);
    await expect(request?.body).toEqual({ flow: 'payment_method_update', locale: 'de' });

    // A nested provider inherits the translation; a code the app did not translate falls back to English.
    const untranslated = within(canvas.getByRole('group', { name: 'untranslated' }));
    await userEvent.click(untranslated.getByRole('button', { name: germanLabels.subscription_cancel }));
    await waitFor(() => expect(untranslated.getByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.RATE_LIMITED));
  },
};
