import { QueryClient } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { renderToStaticMarkup } from 'react-dom/server';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { stubWindowOpen } from '../stories-support/new-tab';
import { componentStoryMeta } from '../stories-support/component-story-meta';
import { StaticHtml } from '../stories-support/static-html';
import { componentArgs, type PortalStoryArgs } from '../stories-support/portal-story';
import { scriptedFetch } from '../stories-support/scripted-fetch';
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

/** With React running, submitting takes the fetch path: a JSON request, then navigation. */
export const Hydrated: Story = {};

/**
 * The server-rendered HTML alone, as a customer gets it before hydration or with JavaScript off. A
 * submit here says what the browser would post instead of leaving the story.
 */
export const BeforeHydration: Story = {
  render: (args) => {
    const html = renderToStaticMarkup(
      <BillingPortalProvider queryClient={new QueryClient()}>
        <ManageBillingForm {...componentArgs(args)} />
      </BillingPortalProvider>,
    );
    return <StaticHtml html={html} />;
  },
};

/** `target="_blank"` also reaches the HTML form, so the no-JavaScript post opens a new tab too. */
export const NewTab: Story = {
  args: { target: '_blank' },
  beforeEach: () => stubWindowOpen('opens'),
};

/** Submitting with Enter from the keyboard takes the same path. */
export const KeyboardSubmit: Story = {};

export const Pending: Story = {
  args: { fetch: scriptedFetch({ pending: true }) },
};

export const Failed: Story = {
  args: { fetch: scriptedFetch({ error: 'NOT_FOUND' }) },
};

export const Disabled: Story = {
  args: { disabled: true },
};
