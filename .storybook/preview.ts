import type { Preview } from '@storybook/react-vite';
import { componentDescription, tsdocArgTypes } from './tsdoc';

const preview: Preview = {
  // Every component gets a docs page built from its props (react-docgen, Storybook's default).
  tags: ['autodocs'],
  argTypesEnhancers: [tsdocArgTypes],
  parameters: {
    // An axe violation fails the story's test, in Storybook's panel and in `vitest run` alike.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Usage', 'Components', ['ManageBillingButton', 'ManageBillingForm', 'BillingPortalProvider'], 'Hooks'],
      },
    },
    docs: { extractComponentDescription: componentDescription },
  },
};

export default preview;
