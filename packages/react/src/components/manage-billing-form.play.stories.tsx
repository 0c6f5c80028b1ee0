import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';
import { openedTabs } from '../stories-support/new-tab';
import { expectLeftForPortal, expectPending } from '../stories-support/play-helpers';
import { STORY_SESSION_URL } from '../stories-support/scripted-fetch';
import meta, * as stories from './manage-billing-form.stories';

/*
 * The play functions of `manage-billing-form.stories.tsx`: each story again, clicked and checked like a customer
 * would. Tagged `test-only`, so the Vitest project runs them and a person opening Storybook never meets
 * a story that clicks itself.
 */
export default { ...meta, title: 'Tests/Components/ManageBillingForm', tags: ['!autodocs', 'test-only'] };
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

export const Hydrated: Story = {
  ...stories.Hydrated,
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

export const BeforeHydration: Story = {
  ...stories.BeforeHydration,
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

export const NewTab: Story = {
  ...stories.NewTab,
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

export const KeyboardSubmit: Story = {
  ...stories.KeyboardSubmit,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce());
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

export const Pending: Story = {
  ...stories.Pending,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expectPending(button);
    await userEvent.click(button);
    await expect(args.fetch).toHaveBeenCalledOnce();
  },
};

export const Failed: Story = {
  ...stories.Failed,
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await userEvent.click(button);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES.NOT_FOUND);
    await expect(button).toHaveAttribute('data-state', 'error');
    await expect(button).toHaveAccessibleDescription(DEFAULT_BILLING_MESSAGES.NOT_FOUND);
  },
};

export const Disabled: Story = {
  ...stories.Disabled,
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: label });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(args.fetch).not.toHaveBeenCalled();
  },
};
