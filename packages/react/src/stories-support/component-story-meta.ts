import { flowArgTypes, portalArgTypes } from './arg-types';
import { capturedNavigate, withBillingPortal } from './portal-story';
import { scriptedFetch, STORY_SESSION_URL } from './scripted-fetch';

/**
 * What the stories of every portal component share: the provider around each story, a scripted server
 * that answers with a portal URL, a captured `navigate`, the stories' CSS class, and Controls for the
 * flow props, listed first. Spread it into a file's `meta` next to the file's own `title`, `component` and `render`;
 * a file that sets more `args` spreads these `args` first, and a story's `args` override both.
 *
 * @example
 * const meta = {
 *   title: 'Components/ManageBillingButton/States',
 *   component: ManageBillingButton,
 *   ...componentStoryMeta,
 *   args: { ...componentStoryMeta.args, flow: 'payment_method_update' },
 *   render: (args) => <ManageBillingButton {...componentArgs(args)} />,
 * } satisfies Meta<ManageBillingButtonProps & PortalStoryArgs>;
 */
export const componentStoryMeta = {
  decorators: [withBillingPortal],
  // What the button opens comes first in the props table: the flow, then the fields it needs.
  parameters: { propsFirst: ['flow', 'subscription', 'items'] },
  argTypes: { ...flowArgTypes, ...portalArgTypes },
  args: {
    fetch: scriptedFetch({ url: STORY_SESSION_URL }),
    navigate: capturedNavigate(),
    className: 'billing-button',
  },
};
