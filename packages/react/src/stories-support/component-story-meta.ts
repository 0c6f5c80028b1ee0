import styles from '../components/manage-billing-button.stories.module.css';
import { flowArgTypes, portalArgTypes } from './arg-types';
import { capturedNavigate, withBillingPortal } from './portal-story';
import { scriptedFetch, STORY_SESSION_URL } from './scripted-fetch';

/**
 * What the stories of every portal component share: the provider around each story, a scripted server
 * that answers with a portal URL, a captured `navigate`, the stories' CSS class, and Controls for the
 * flow props. Spread it into a file's `meta` next to the file's own `title`, `component` and `render`;
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
  argTypes: { ...flowArgTypes, ...portalArgTypes },
  args: {
    fetch: scriptedFetch({ url: STORY_SESSION_URL }),
    navigate: capturedNavigate(),
    className: styles.button,
  },
};
