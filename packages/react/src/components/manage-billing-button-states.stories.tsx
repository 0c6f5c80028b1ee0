import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type Mock } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { ClickedOnMount } from '../stories-support/clicked-on-mount';
import { openedTabs, stubWindowOpen } from '../stories-support/new-tab';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { componentArgs, PortalCell, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL, type ScriptedAnswer } from '../stories-support/scripted-fetch';
import { ManageBillingButton, type ManageBillingButtonProps } from './manage-billing-button';
import styles from './manage-billing-button.stories.module.css';

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
const label = DEFAULT_FLOW_LABELS.payment_method_update;

/** The server has not answered: `aria-busy`, still focusable, and further clicks do nothing. */
export const Pending: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectPending(button);
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    await expect(args.fetch).toHaveBeenCalledOnce();
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};

/** The URL arrived and the browser is leaving: navigate is called once, and the button stays busy. */
export const Redirecting: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    await userEvent.click(button);
    await expect(args.fetch).toHaveBeenCalledOnce();
    await expect(args.navigate).toHaveBeenCalledOnce();
  },
};

/**
 * `target="_blank"`: the tab opens inside the click, before the request, so popup blockers let it
 * through; it is then pointed at the portal, with `opener` cut. This page stays usable.
 */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    const [tab] = openedTabs();
    await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledWith(STORY_SESSION_URL));
    const open = window.open as unknown as Mock<typeof window.open>;
    await expect(open).toHaveBeenCalledOnce();
    await expect(open).toHaveBeenCalledWith('', '_blank');
    // Opened before the request was sent, i.e. still inside the user's click.
    await expect(open.mock.invocationCallOrder[0]).toBeLessThan(args.fetch.mock.invocationCallOrder[0]!);
    await expect(tab?.opener).toBeNull();
    await expect(args.navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'));
  },
};

/** A popup blocker refused the tab: the portal opens in this tab rather than not at all. */
export const NewTabBlocked: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('blocked'),
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    await expect(window.open).toHaveBeenCalledOnce();
  },
};

/** The request failed: the blank tab is closed again and the error shows here. */
export const NewTabFailed: Story = {
  args: { target: '_blank', fetch: scriptedFetch({ error: 'STRIPE_UNAVAILABLE' }) },
  beforeEach: () => stubWindowOpen('opens'),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: label }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.STRIPE_UNAVAILABLE);
    const [tab] = openedTabs();
    await expect(tab?.close).toHaveBeenCalledOnce();
    await expect(tab?.location.replace).not.toHaveBeenCalled();
  },
};

/**
 * `prefetch="intent"`: the request starts on pointer-down (or Enter/Space key-down) and the click
 * navigates, so the portal opens sooner. Hovering never creates a session.
 */
export const PrefetchOnIntent: Story = {
  args: { prefetch: 'intent' },
  play: async ({ args, canvas, userEvent, step }) => {
    const button = canvas.getByRole('button', { name: label });
    await step('hover: nothing is sent', async () => {
      await userEvent.hover(button);
      await expect(args.fetch).not.toHaveBeenCalled();
    });
    await step('pointer down: the request starts, no navigation yet', async () => {
      await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
      await expect(args.fetch).toHaveBeenCalledOnce();
      await expect(args.navigate).not.toHaveBeenCalled();
    });
    await step('pointer up: the click uses that request', async () => {
      await userEvent.pointer({ keys: '[/MouseLeft]', target: button });
      await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
    });
  },
};

/** The same from the keyboard: Enter's key-down starts the request, its click navigates. */
export const PrefetchFromKeyboard: Story = {
  args: { prefetch: 'intent' },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

/** Without `prefetch`, pressing the pointer sends nothing until the click. */
export const NoPrefetchByDefault: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.pointer({ keys: '[MouseLeft>]', target: button });
    await expect(args.fetch).not.toHaveBeenCalled();
    await userEvent.pointer({ keys: '[/MouseLeft]', target: button });
    await expectLeftForPortal(args, button, { flow: 'payment_method_update' });
  },
};

const sideBySide: { state: string; answer: ScriptedAnswer; click: boolean; disabled?: boolean }[] = [
  { state: 'idle', answer: { url: STORY_SESSION_URL }, click: false },
  { state: 'pending', answer: { pending: true }, click: true },
  { state: 'redirecting', answer: { url: STORY_SESSION_URL }, click: true },
  { state: 'error', answer: { error: 'UNAUTHENTICATED' }, click: true },
  { state: 'disabled', answer: { url: STORY_SESSION_URL }, click: false, disabled: true },
];
const sideBySideFetches = sideBySide.map(({ answer }) => scriptedFetch(answer));

/** Every state at once, each reached the real way: a click against its own scripted server. */
export const AllStates: Story = {
  render: (args) => (
    <div className={styles.grid}>
      {sideBySide.map(({ state, click, disabled }, index) => {
        const Button = click ? ClickedOnMount : ManageBillingButton;
        return (
          <div key={state} role="group" aria-labelledby={`state-${state}`} className={styles.stack}>
            <p id={`state-${state}`} className={styles.caption}>
              {state}
            </p>
            <PortalCell fetch={sideBySideFetches[index]!}>
              <Button {...componentArgs(args)} disabled={disabled} />
            </PortalCell>
          </div>
        );
      })}
    </div>
  ),
  play: async ({ canvas }) => {
    const stateOf = (state: string) => within(canvas.getByRole('group', { name: state })).getByRole('button');
    await waitFor(() => expect(stateOf('redirecting')).toHaveAttribute('data-state', 'redirecting'));
    await waitFor(() => expect(stateOf('error')).toHaveAttribute('data-state', 'error'));
    await expect(stateOf('idle')).toHaveAttribute('data-state', 'idle');
    await expect(stateOf('pending')).toHaveAttribute('data-state', 'pending');
    await expect(stateOf('disabled')).toBeDisabled();
    await expect(within(canvas.getByRole('group', { name: 'error' })).getByRole('alert')).toHaveTextContent(
      DEFAULT_BILLING_MESSAGES.UNAUTHENTICATED,
    );
  },
};
