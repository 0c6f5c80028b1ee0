import { QueryClient } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, waitFor } from 'storybook/test';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { openedTabs, stubWindowOpen } from '../stories-support/new-tab';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { componentArgs, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch, STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import { ManageBillingForm, type ManageBillingFormProps } from './manage-billing-form';

/*
 * The form variant: a real `<form method="post">` that works before React runs (the handler answers
 * 303 to a form post) and takes the fetch path, with the same states, once it does.
 */
const meta = {
  title: 'Components/ManageBillingForm',
  component: ManageBillingForm,
  ...componentStoryMeta,
  args: {
    ...componentStoryMeta.args,
    flow: 'subscription_update_confirm',
    subscription: 'sub_1StoryConfirm',
    items: [{ id: 'si_StoryItem', price: 'price_StoryPro', quantity: 2 }],
    returnTo: '/account',
  },
  render: (args) => <ManageBillingForm {...componentArgs(args)} />,
} satisfies Meta<ManageBillingFormProps & PortalStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;
const label = DEFAULT_FLOW_LABELS.subscription_update_confirm;

/** The fields a browser without JavaScript posts, in the bracket notation the handler reads. */
const expectedFields = [
  ['flow', 'subscription_update_confirm'],
  ['subscription', 'sub_1StoryConfirm'],
  ['items[0][id]', 'si_StoryItem'],
  ['items[0][price]', 'price_StoryPro'],
  ['items[0][quantity]', '2'],
  ['returnTo', '/account'],
];

function formOf(button: HTMLElement): HTMLFormElement {
  const form = (button as HTMLButtonElement).form;
  if (!form) throw new Error('the submit button is not in a form');
  return form;
}

/** With React running, submitting takes the fetch path: a JSON request, then navigation. */
export const Hydrated: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    const form = formOf(button);
    await expect(button).toHaveAttribute('type', 'submit');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/api/billing/portal');
    await expect([...new FormData(form)]).toEqual(expectedFields);
    await userEvent.click(button);
    await expectLeftForPortal(args, button, {
      flow: 'subscription_update_confirm',
      subscription: 'sub_1StoryConfirm',
      items: [{ id: 'si_StoryItem', price: 'price_StoryPro', quantity: 2 }],
      returnTo: '/account',
    });
  },
};

/**
 * The server-rendered HTML alone, as a customer gets it before hydration or with JavaScript off. The
 * play function stops the browser's own submission at the last moment and checks what it would post.
 */
export const BeforeHydration: Story = {
  render: (args) => {
    const html = renderToStaticMarkup(
      <BillingPortalProvider queryClient={new QueryClient()}>
        <ManageBillingForm {...componentArgs(args)} />
      </BillingPortalProvider>,
    );
    return <div dangerouslySetInnerHTML={{ __html: html }} />;
  },
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    const posted: { action: string; method: string; fields: [string, FormDataEntryValue][] }[] = [];
    const intercept = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      posted.push({ action: form.action, method: form.method, fields: [...new FormData(form, event.submitter)] });
    };
    canvasElement.addEventListener('submit', intercept);
    try {
      await userEvent.click(canvas.getByRole('button', { name: label }));
      await expect(posted).toEqual([
        { action: new URL('/api/billing/portal', location.href).href, method: 'post', fields: expectedFields },
      ]);
      await expect(args.fetch).not.toHaveBeenCalled();
    } finally {
      canvasElement.removeEventListener('submit', intercept);
    }
  },
};

/** `target="_blank"` also reaches the HTML form, so the no-JavaScript post opens a new tab too. */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await expect(formOf(button)).toHaveAttribute('target', '_blank');
    await userEvent.click(button);
    const [tab] = openedTabs();
    await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledWith(STORY_SESSION_URL));
    await expect(tab?.opener).toBeNull();
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};

/** Submitting with Enter from the keyboard takes the same path. */
export const KeyboardSubmit: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

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

export const Failed: Story = {
  args: { fetch: scriptedFetch({ error: 'NOT_FOUND' }) },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.NOT_FOUND);
    await expect(button).toHaveAttribute('data-state', 'error');
    await expect(button).toHaveAccessibleDescription(DEFAULT_BILLING_MESSAGES.NOT_FOUND);
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(args.fetch).not.toHaveBeenCalled();
  },
};
