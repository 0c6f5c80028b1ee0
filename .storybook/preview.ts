import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  // Every component gets a docs page built from its props (react-docgen, Storybook's default).
  tags: ['autodocs'],
  parameters: {
    // An axe violation fails the story's test, in Storybook's panel and in `vitest run` alike.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
