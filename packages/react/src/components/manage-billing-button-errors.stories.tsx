import { useMemo } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { BILLING_ERROR_CODES, type BillingErrorCode } from '@portalkit/protocol';
import { expect, fn, waitFor, within } from 'storybook/test';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { ClickedOnMount } from '../stories-support/clicked-on-mount';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { componentArgs, PortalCell, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';
import styles from './manage-billing-button.stories.module.css';

/*
 * What a customer sees when it goes wrong: the text for the error's code, in an alert the button is
 * described by, and never the server's own message (which is for developers and may name IDs).
 */
const meta = {
  title: 'Components/ManageBillingButton/Errors',
  component: ManageBillingButton,
  tags: ['!autodocs'],
  ...componentStoryMeta,
  args: {
    ...componentStoryMeta.args,
    flow: 'subscription_cancel',
    subscription: 'sub_1StoryCancel',
    fetch: scriptedFetch({ error: 'INTERNAL_ERROR' }),
  },
  render: (args) => <ManageBillingButton {...componentArgs(args)} />,
} satisfies Meta<ManageBillingButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.subscription_cancel;
// What a careless server might put in `message`; the customer must never see it.
const developerMessage = (code: BillingErrorCode) => `${code}: Stripe said No such customer cus_StorySecret`;
const everyCodeFetches = Object.fromEntries(
  BILLING_ERROR_CODES.map((code) => [
    code,
    scriptedFetch({ error: code, message: developerMessage(code), ...(code === 'RATE_LIMITED' ? { retryAfter: 30 } : {}) }),
  ]),
) as Record<BillingErrorCode, ReturnType<typeof scriptedFetch>>;

/**
 * Every error code of the protocol, each with its default message, each button clicked once on mount.
 * A new code shows up here by itself.
 */
export const EveryErrorCode: Story = {
  render: (args) => (
    <div className={styles.grid}>
      {BILLING_ERROR_CODES.map((code) => (
        <div key={code} role="group" aria-labelledby={`code-${code}`} className={styles.stack}>
          <p id={`code-${code}`} className={styles.caption}>
            {code}
          </p>
          <PortalCell fetch={everyCodeFetches[code]}>
            <ClickedOnMount {...componentArgs(args)} />
          </PortalCell>
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas, step }) => {
    for (const code of BILLING_ERROR_CODES) {
      await step(code, async () => {
        const cell = within(canvas.getByRole('group', { name: code }));
        const button = cell.getByRole('button', { name: label });
        const alert = await cell.findByRole('alert');
        await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES[code]);
        await expect(alert).not.toHaveTextContent('cus_StorySecret');
        await expect(button).toHaveAttribute('data-state', 'error');
        await expect(button).not.toHaveAttribute('aria-busy');
        await expect(button).toHaveAccessibleDescription(DEFAULT_BILLING_MESSAGES[code]);
        await expect(everyCodeFetches[code]).toHaveBeenCalledOnce();
      });
    }
  },
};

/** One code at a time: pick it in Controls. */
export const OneErrorCode: StoryObj<PortalStoryArgs & { code: BillingErrorCode }> = {
  args: { code: 'UNAUTHENTICATED' },
  argTypes: { code: { control: 'select', options: BILLING_ERROR_CODES } },
  render: function Render({ code }) {
    const fetch = useMemo(() => scriptedFetch({ error: code }), [code]);
    return (
      <BillingPortalProvider key={code} fetch={fetch}>
        <ManageBillingButton flow="subscription_cancel" subscription="sub_1StoryCancel" className={styles.button} />
      </BillingPortalProvider>
    );
  },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES[args.code]);
  },
};

/** A proxy's HTML error page is not our contract: the customer gets the network message, not the page. */
export const NotOurServer: Story = {
  args: { fetch: scriptedFetch({ status: 502, body: '<html><h1>502 Bad Gateway</h1> nginx</html>' }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.NETWORK_ERROR);
    await expect(alert).not.toHaveTextContent('nginx');
  },
};

/** Clicking again after an error tries again; the error goes once it works. */
export const ClickAgainAfterError: Story = {
  args: { fetch: scriptedFetch({ error: 'STRIPE_TIMEOUT' }, { url: STORY_SESSION_URL }) },
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

/**
 * `renderError` puts the app's own content in the announced region: here the wait from `Retry-After`
 * and a retry button that repeats the same request.
 */
export const RenderErrorWithRetry: Story = {
  args: {
    fetch: scriptedFetch({ error: 'RATE_LIMITED', retryAfter: 30 }, { url: STORY_SESSION_URL }),
    renderError: (error, { message, retry }) => (
      <span className={styles.stack}>
        {message}
        {error.retryAfter !== undefined && <span>Try again in {error.retryAfter} seconds.</span>}
        <button type="button" className={styles.appButton} onClick={retry}>
          Try again
        </button>
      </span>
    ),
  },
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

/** `onError` alone hands the error to the app (a toast, say): the button renders no message itself. */
export const OnErrorOnly: Story = {
  args: { fetch: scriptedFetch({ error: 'FLOW_UNAVAILABLE' }), onError: fn().mockName('onError') },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await waitFor(() => expect(args.onError).toHaveBeenCalledOnce());
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'BillingError', code: 'FLOW_UNAVAILABLE' }));
    await expect(button).toHaveAttribute('data-state', 'error');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};
