import type { Preview } from '@storybook/react-vite';
// Plain class names (no CSS module), so a story's "Show code" reads as an app would write it.
import '../packages/react/src/stories-support/stories.css';
import { propsFirst } from './props-first';
import { componentDescription, tsdocArgTypes } from './tsdoc';

const preview: Preview = {
  // Every component gets a docs page built from its props (react-docgen, Storybook's default).
  tags: ['autodocs'],
  argTypesEnhancers: [tsdocArgTypes, propsFirst],
  parameters: {
    // An axe violation fails the story's test, in Storybook's panel and in `vitest run` alike.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Usage',
          'The return trip',
          'Components',
          ['ManageBillingButton', 'ManageBillingForm', 'CheckoutButton', 'BillingPortalProvider'],
          'Hooks',
        ],
      },
    },
    docs: { extractComponentDescription: componentDescription },
  },
};

export default preview;
