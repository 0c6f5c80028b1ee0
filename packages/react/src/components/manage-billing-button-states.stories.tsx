import type { Meta, StoryObj } from '@storybook/react-vite';
import { stubWindowOpen } from '../stories-support/new-tab';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { componentArgs, PortalCell, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL, type ScriptedAnswer } from '../stories-support/scripted-fetch';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';

/*
 * The button's states as a customer meets them: waiting for the server, leaving for Stripe, a new tab,
 * and starting early on intent. `data-state` drives every style here.
 */
const meta = {
  title: 'Components/ManageBillingButton/States',
  component: ManageBillingButton,
  tags: ['!autodocs'],
  ...componentStoryMeta,
  args: { ...componentStoryMeta.args, flow: 'payment_method_update' },
  render: (args) => <ManageBillingButton {...componentArgs(args)} />,
} satisfies Meta<ManageBillingButtonProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The server has not answered: `aria-busy`, still focusable, and further clicks do nothing. */
export const Pending: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
};

/** The URL arrived and the browser is leaving: navigate is called once, and the button stays busy. */
export const Redirecting: Story = {};

/**
 * `target="_blank"`: the tab opens inside the click, before the request, so popup blockers let it
 * through; it is then pointed at the portal, with `opener` cut. This page stays usable.
 */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
};

/** A popup blocker refused the tab: the portal opens in this tab rather than not at all. */
export const NewTabBlocked: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('blocked'),
};

/** The request failed: the blank tab is closed again and the error shows here. */
export const NewTabFailed: Story = {
  args: { target: '_blank', fetch: scriptedFetch({ error: 'STRIPE_UNAVAILABLE' }) },
  beforeEach: () => stubWindowOpen('opens'),
};

/**
 * `prefetch="intent"`: the request starts on pointer-down (or Enter/Space key-down) and the click
 * navigates, so the portal opens sooner. Hovering never creates a session.
 */
export const PrefetchOnIntent: Story = {
  args: { prefetch: 'intent' },
};

/** The same from the keyboard: Enter's key-down starts the request, its click navigates. */
export const PrefetchFromKeyboard: Story = {
  args: { prefetch: 'intent' },
};

/** Without `prefetch`, pressing the pointer sends nothing until the click. */
export const NoPrefetchByDefault: Story = {};

const sideBySide: { state: string; answer: ScriptedAnswer; hint: string; disabled?: boolean }[] = [
  { state: 'idle', answer: { url: STORY_SESSION_URL }, hint: 'as it first renders' },
  { state: 'pending', answer: { pending: true }, hint: 'click: the server never answers' },
  { state: 'redirecting', answer: { url: STORY_SESSION_URL }, hint: 'click: the portal URL arrives' },
  { state: 'error', answer: { error: 'UNAUTHENTICATED' }, hint: 'click: the session has expired' },
  { state: 'disabled', answer: { url: STORY_SESSION_URL }, hint: 'disabled: clicks do nothing', disabled: true },
];
const sideBySideFetches = sideBySide.map(({ answer }) => scriptedFetch(answer));

/** Every state side by side, each reached the real way: click a button, each has its own scripted server. */
export const AllStates: Story = {
  render: (args) => (
    <div className="story-grid">
      {sideBySide.map(({ state, hint, disabled }, index) => {
        return (
          <div key={state} role="group" aria-labelledby={`state-${state}`} className="story-stack">
            <p id={`state-${state}`} className="story-caption">
              {state}
            </p>
            <p className="story-hint">{hint}</p>
            <PortalCell fetch={sideBySideFetches[index]!}>
              <ManageBillingButton {...componentArgs(args)} disabled={disabled} />
            </PortalCell>
          </div>
        );
      })}
    </div>
  ),
};
