import { useMemo } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { BILLING_ERROR_CODES, type BillingErrorCode } from '@portalkit/protocol';
import { fn } from 'storybook/test';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { componentArgs, PortalCell, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';

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
// What a careless server might put in `message`; the customer must never see it.
const developerMessage = (code: BillingErrorCode) => `${code}: Stripe said No such customer cus_StorySecret`;
const everyCodeFetches = Object.fromEntries(
  BILLING_ERROR_CODES.map((code) => [
    code,
    scriptedFetch({ error: code, message: developerMessage(code), ...(code === 'RATE_LIMITED' ? { retryAfter: 30 } : {}) }),
  ]),
) as Record<BillingErrorCode, ReturnType<typeof scriptedFetch>>;

/**
 * Every error code of the protocol, one button each: click one to see its default message. A new code
 * shows up here by itself.
 */
export const EveryErrorCode: Story = {
  render: (args) => (
    <div className="story-grid">
      {BILLING_ERROR_CODES.map((code) => (
        <div key={code} role="group" aria-labelledby={`code-${code}`} className="story-stack">
          <p id={`code-${code}`} className="story-caption">
            {code}
          </p>
          <PortalCell fetch={everyCodeFetches[code]}>
            <ManageBillingButton {...componentArgs(args)} />
          </PortalCell>
        </div>
      ))}
    </div>
  ),
};

/** One code at a time: pick it in Controls. */
export const OneErrorCode: StoryObj<PortalStoryArgs & { code: BillingErrorCode }> = {
  args: { code: 'UNAUTHENTICATED' },
  argTypes: { code: { control: 'select', options: BILLING_ERROR_CODES } },
  render: function Render({ code }) {
    const fetch = useMemo(() => scriptedFetch({ error: code }), [code]);
    return (
      <BillingPortalProvider key={code} fetch={fetch}>
        <ManageBillingButton flow="subscription_cancel" subscription="sub_1StoryCancel" className="billing-button" />
      </BillingPortalProvider>
    );
  },
};

/** A proxy's HTML error page is not our contract: the customer gets the network message, not the page. */
export const NotOurServer: Story = {
  args: { fetch: scriptedFetch({ status: 502, body: '<html><h1>502 Bad Gateway</h1> nginx</html>' }) },
};

/** Clicking again after an error tries again; the error goes once it works. */
export const ClickAgainAfterError: Story = {
  args: { fetch: scriptedFetch({ error: 'STRIPE_TIMEOUT' }, { url: STORY_SESSION_URL }) },
};

/**
 * `renderError` puts the app's own content in the announced region: here the wait from `Retry-After`
 * and a retry button that repeats the same request.
 */
export const RenderErrorWithRetry: Story = {
  args: {
    fetch: scriptedFetch({ error: 'RATE_LIMITED', retryAfter: 30 }, { url: STORY_SESSION_URL }),
    renderError: (error, { message, retry }) => (
      <span className="story-stack">
        {message}
        {error.retryAfter !== undefined && <span>Try again in {error.retryAfter} seconds.</span>}
        <button type="button" className="app-button" onClick={retry}>
          Try again
        </button>
      </span>
    ),
  },
};

/** `onError` alone hands the error to the app (a toast, say): the button renders no message itself. */
export const OnErrorOnly: Story = {
  args: { fetch: scriptedFetch({ error: 'FLOW_UNAVAILABLE' }), onError: fn().mockName('onError') },
};
